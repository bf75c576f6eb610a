"""The normalizer's rules, in the order normalize() applies them (README "How the build works" lists them).

Ids are stable and never reused: PC001-PC099 are the first normalizer's repairs, PC100-PC199 schema
rules, PC200-PC299 naming rules, PC300-PC399 intake rules. Order matters where one rule prepares for
another (a wrapper is collapsed before `nullable` is rewritten), so it is declared here, not derived.
"""

from __future__ import annotations

from ._rule import Note, Notes, Rule
from .pc001_upgrade_to_3_1 import RULE as PC001
from .pc002_string_booleans import RULE as PC002
from .pc003_string_defaults import RULE as PC003
from .pc004_exclusive_bound_booleans import RULE as PC004
from .pc005_nullable_to_null_type import RULE as PC005
from .pc006_undefined_security_schemes import RULE as PC006
from .pc008_unusable_tags import RULE as PC008
from .pc101_nullable_path_parameter import RULE as PC101
from .pc102_primitive_allof_wrapper import RULE as PC102
from .pc103_nullable_enum import RULE as PC103
from .pc104_tuple_items import RULE as PC104
from .pc105_recursive_ref import RULE as PC105
from .pc106_mismatched_defaults import RULE as PC106
from .pc107_duplicate_required import RULE as PC107
from .pc108_nested_ref_targets import RULE as PC108
from .pc109_union_member_models import RULE as PC109
from .pc110_allof_property_conflicts import RULE as PC110
from .pc111_misplaced_body_refs import RULE as PC111
from .pc112_undefined_required_under_allof import RULE as PC112
from .pc113_non_object_allof import RULE as PC113
from .pc114_annotated_ref_allof import RULE as PC114
from .pc140_boolean_schemas import RULE as PC140
from .pc141_enum_member_names import RULE as PC141
from .pc142_undeclared_path_parameters import RULE as PC142
from .pc170_mixed_type_enum import RULE as PC170
from .pc171_unused_path_parameters import RULE as PC171
from .pc180_union_of_arrays import RULE as PC180
from .pc181_date_time_format_spelling import RULE as PC181
from .pc182_object_defaults import RULE as PC182
from .pc183_format_defaults import RULE as PC183
from .pc184_string_enum_scalars import RULE as PC184
from .pc185_binary_bodies import RULE as PC185
from .pc186_object_header_parameters import RULE as PC186
from .pc201_operation_id import RULE as PC201
from .pc400_decimal_enum import RULE as PC400
from .pc401_undefined_security_requirements import RULE as PC401
from .pc420_array_without_items import RULE as PC420
from .pc421_schema_examples_map import RULE as PC421
from .pc422_schema_valued_type import RULE as PC422
from .pc423_nested_parameter_refs import RULE as PC423
from .pc440_nullable_typed_allof import RULE as PC440
from .pc441_nullable_allof_members import RULE as PC441
from .pc442_nullable_allof_fragments import RULE as PC442
from .pc443_allof_of_a_union import RULE as PC443
from .pc460_content_parameters import RULE as PC460
from .pc461_nullable_object_models import RULE as PC461
from .pc462_unenumerable_enums import RULE as PC462
from .pc480_path_parameter_defaults import RULE as PC480
from .pc500_recursive_json_value import RULE as PC500
from .pc501_non_string_pattern import RULE as PC501
from .pc502_formatted_header_parameters import RULE as PC502
from .pc510_ref_fragment_escapes import RULE as PC510
from .pc511_nested_response_refs import RULE as PC511
from .pc512_xml_object_fields import RULE as PC512
from .pc513_path_item_refs import RULE as PC513
from .pc514_index_keyed_arrays import RULE as PC514
from .pc515_invalid_patterns import RULE as PC515
from .pc517_reference_siblings import RULE as PC517

RULES: tuple[Rule, ...] = (
    # Walks are few on purpose (a walk per rule was most of normalize's time on a 1 MB spec): rules that visit
    # one node at a time (PerNode) share a walk with their neighbours, so the rules that only look at
    # parameters, bodies or the components' list sit between the walks, where they split none.
    PC001,  # upgrade-to-3-1
    PC510,  # ref-fragment-escapes: before every rule that follows a `$ref` (PC500, PC423, PC111, PC108)
    PC513,  # path-item-refs: after PC510 (a decoded pointer), before the rules that read operations
    PC517,  # reference-siblings: after PC513 (every operation in place), before PC423 and PC511, which follow the refs
    PC500,  # recursive-json-value: before PC108 and PC105, which would move or rewrite the union's members
    PC423,  # nested-parameter-refs: before the path-parameter rules, which follow component references only
    PC111,  # misplaced-body-refs: before PC108, which then sees a copied body's pointer $refs too
    # -- one schema walk: PC140 begins it (fresh), PC108 ends it (collects, moves after the walk)
    PC140,  # boolean-schemas: before every other schema rule, as the walk visits object schemas only
    PC514,  # index-keyed-arrays: before the other schema rules, which read allOf/anyOf/oneOf/required as lists
    PC422,  # schema-valued-type: before PC108, which then moves the unwrapped enum, not a copy of a wrapper
    PC421,  # schema-examples-map
    PC420,  # array-without-items
    PC501,  # non-string-pattern
    PC515,  # invalid-patterns: after PC501, so every pattern it reads is a string
    PC512,  # xml-object-fields
    PC108,  # nested-ref-targets: early, so the rules below see each moved schema once, in its new place
    # --
    PC511,  # nested-response-refs: after PC108, so no schema reference still points into a response it moves
    PC105,  # recursive-ref
    PC460,  # content-parameters: before PC171, PC142, PC101 and PC186, which read a parameter's `schema`
    PC171,  # unused-path-parameters: before PC142 and PC101, which then see only the template's parameters
    PC142,  # undeclared-path-parameters: before PC101, which then sees every path parameter
    PC101,  # nullable-path-parameter: before PC005, so the flag is dropped, not rewritten
    PC480,  # path-parameter-defaults: after PC142, which declares the path parameters it sees
    # -- one schema walk
    PC442,  # nullable-allof-fragments: before PC113, which would fold the flag into a primitive only, and PC005
    PC113,  # non-object-allof: before PC102 and PC005, so a folded wrapper is seen as a plain one
    PC114,  # annotated-ref-allof: before PC005, as PC113
    PC104,  # tuple-items
    PC102,  # primitive-allof-wrapper: before PC005, so nullable lands on the plain primitive
    # -- one walk of every node, as in the first normalizer
    PC002,  # string-booleans
    PC003,  # string-defaults
    PC004,  # exclusive-bound-booleans
    PC005,  # nullable-to-null-type
    # -- one schema walk
    PC184,  # string-enum-scalars: after PC005 (a nullable string's `type` is a list it leaves alone), before
    #         PC170 (which would drop the numbers a string enum spells unquoted) and PC106 (which would drop a
    #         default PC184 makes a member)
    PC400,  # decimal-enum: after PC005 (a null type is in `type`) and PC184, before PC170, which keeps mixed enums
    PC170,  # mixed-type-enum: after PC005 (a null type is in `type`), before PC103, which then sees its anyOf
    PC462,  # unenumerable-enums: after PC170 (several value types), before PC103, which would wrap such an enum
    PC103,  # nullable-enum: after PC005, which makes the shape it rewrites
    PC440,  # nullable-typed-allof: after PC005, which makes the type list it splits; before PC109, which hoists
    # -- one schema walk: PC441 begins it (fresh), PC461 and PC109 end it (collect, move after the walk)
    PC441,  # nullable-allof-members: after PC440 (a union it reads), before PC110, which then sees the copy
    PC107,  # duplicate-required
    PC106,  # mismatched-defaults: after the nullable rules, so null defaults are judged right
    PC110,  # allof-property-conflicts: after the nullable rules, so properties compare in their final shape
    PC112,  # undefined-required-under-allof: after PC110, which may flatten the allOf it looks at
    PC181,  # date-time-format-spelling
    PC182,  # object-defaults: after PC106, which fixes the defaults it can
    PC183,  # format-defaults: after PC181, which spells the format it checks
    PC180,  # union-of-arrays: after the nullable rules, before PC109, which then sees the merged items' union
    PC141,  # enum-member-names: after PC103, which moves a nullable enum's values into their own member
    PC461,  # nullable-object-models: after PC005 (which makes the `type` list), beside PC109 (the same double build)
    PC109,  # union-member-models: after the shape rules, which it must not move past
    PC443,  # allof-of-a-union: beside PC109 (collects, moves after the walk); its new components hold $refs only
    # -- one walk of the parameters
    PC186,  # object-header-parameters: after PC460, which gives a content parameter its `schema`
    PC502,  # formatted-header-parameters: after PC181, which spells the format it reads; beside PC186
    # --
    PC185,  # binary-bodies
    PC006,  # undefined-security-schemes
    PC401,  # undefined-security-requirements: after PC006, which defines the bearer/basic names
    PC201,  # operation-id: only missing, duplicate or unprintable ids replaced (PC007 retired: it replaced
    #         every non-identifier id, losing the vendor's naming before the generator's copy could use it)
    PC008,  # unusable-tags
)

__all__ = ["RULES", "Note", "Notes", "Rule"]
