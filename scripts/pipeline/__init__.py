"""The spec pipeline: capture -> extract -> normalize -> overlay -> validate -> write -> generate."""
