from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidateFieldRules")

# The JSON keys of ValidateFieldRules's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "any",
        "bool",
        "bytes",
        "double",
        "duration",
        "enum",
        "fixed32",
        "fixed64",
        "float",
        "int32",
        "int64",
        "map",
        "message",
        "repeated",
        "sfixed32",
        "sfixed64",
        "sint32",
        "sint64",
        "string",
        "timestamp",
        "uint32",
        "uint64",
    }
)


@_attrs_define
class ValidateFieldRules:
    """protoc-gen-validate rules for one form field; normally one of its fields is set.

    Attributes:
        any_ (None | Unset | ValidateAnyRules):
        bool_ (None | Unset | ValidateBoolRules):
        bytes_ (None | Unset | ValidateBytesRules):
        double (None | Unset | ValidateDoubleRules):
        duration (None | Unset | ValidateDurationRules):
        enum (None | Unset | ValidateEnumRules):
        fixed32 (None | Unset | ValidateFixed32Rules):
        fixed64 (None | Unset | ValidateFixed64Rules):
        float_ (None | Unset | ValidateFloatRules):
        int32 (None | Unset | ValidateInt32Rules):
        int64 (None | Unset | ValidateInt64Rules):
        map_ (None | Unset | ValidateMapRules):
        message (None | Unset | ValidateMessageRules):
        repeated (None | Unset | ValidateRepeatedRules):
        sfixed32 (None | Unset | ValidateSFixed32Rules):
        sfixed64 (None | Unset | ValidateSFixed64Rules):
        sint32 (None | Unset | ValidateSInt32Rules):
        sint64 (None | Unset | ValidateSInt64Rules):
        string (None | Unset | ValidateStringRules):
        timestamp (None | Unset | ValidateTimestampRules):
        uint32 (None | Unset | ValidateUInt32Rules):
        uint64 (None | Unset | ValidateUInt64Rules):
    """

    any_: None | Unset | ValidateAnyRules = UNSET
    bool_: None | Unset | ValidateBoolRules = UNSET
    bytes_: None | Unset | ValidateBytesRules = UNSET
    double: None | Unset | ValidateDoubleRules = UNSET
    duration: None | Unset | ValidateDurationRules = UNSET
    enum: None | Unset | ValidateEnumRules = UNSET
    fixed32: None | Unset | ValidateFixed32Rules = UNSET
    fixed64: None | Unset | ValidateFixed64Rules = UNSET
    float_: None | Unset | ValidateFloatRules = UNSET
    int32: None | Unset | ValidateInt32Rules = UNSET
    int64: None | Unset | ValidateInt64Rules = UNSET
    map_: None | Unset | ValidateMapRules = UNSET
    message: None | Unset | ValidateMessageRules = UNSET
    repeated: None | Unset | ValidateRepeatedRules = UNSET
    sfixed32: None | Unset | ValidateSFixed32Rules = UNSET
    sfixed64: None | Unset | ValidateSFixed64Rules = UNSET
    sint32: None | Unset | ValidateSInt32Rules = UNSET
    sint64: None | Unset | ValidateSInt64Rules = UNSET
    string: None | Unset | ValidateStringRules = UNSET
    timestamp: None | Unset | ValidateTimestampRules = UNSET
    uint32: None | Unset | ValidateUInt32Rules = UNSET
    uint64: None | Unset | ValidateUInt64Rules = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        any_: dict[str, Any] | None | Unset
        if isinstance(self.any_, Unset):
            any_ = UNSET
        elif isinstance(self.any_, ValidateAnyRules):
            any_ = self.any_.to_dict()
        else:
            any_ = self.any_

        bool_: dict[str, Any] | None | Unset
        if isinstance(self.bool_, Unset):
            bool_ = UNSET
        elif isinstance(self.bool_, ValidateBoolRules):
            bool_ = self.bool_.to_dict()
        else:
            bool_ = self.bool_

        bytes_: dict[str, Any] | None | Unset
        if isinstance(self.bytes_, Unset):
            bytes_ = UNSET
        elif isinstance(self.bytes_, ValidateBytesRules):
            bytes_ = self.bytes_.to_dict()
        else:
            bytes_ = self.bytes_

        double: dict[str, Any] | None | Unset
        if isinstance(self.double, Unset):
            double = UNSET
        elif isinstance(self.double, ValidateDoubleRules):
            double = self.double.to_dict()
        else:
            double = self.double

        duration: dict[str, Any] | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        elif isinstance(self.duration, ValidateDurationRules):
            duration = self.duration.to_dict()
        else:
            duration = self.duration

        enum: dict[str, Any] | None | Unset
        if isinstance(self.enum, Unset):
            enum = UNSET
        elif isinstance(self.enum, ValidateEnumRules):
            enum = self.enum.to_dict()
        else:
            enum = self.enum

        fixed32: dict[str, Any] | None | Unset
        if isinstance(self.fixed32, Unset):
            fixed32 = UNSET
        elif isinstance(self.fixed32, ValidateFixed32Rules):
            fixed32 = self.fixed32.to_dict()
        else:
            fixed32 = self.fixed32

        fixed64: dict[str, Any] | None | Unset
        if isinstance(self.fixed64, Unset):
            fixed64 = UNSET
        elif isinstance(self.fixed64, ValidateFixed64Rules):
            fixed64 = self.fixed64.to_dict()
        else:
            fixed64 = self.fixed64

        float_: dict[str, Any] | None | Unset
        if isinstance(self.float_, Unset):
            float_ = UNSET
        elif isinstance(self.float_, ValidateFloatRules):
            float_ = self.float_.to_dict()
        else:
            float_ = self.float_

        int32: dict[str, Any] | None | Unset
        if isinstance(self.int32, Unset):
            int32 = UNSET
        elif isinstance(self.int32, ValidateInt32Rules):
            int32 = self.int32.to_dict()
        else:
            int32 = self.int32

        int64: dict[str, Any] | None | Unset
        if isinstance(self.int64, Unset):
            int64 = UNSET
        elif isinstance(self.int64, ValidateInt64Rules):
            int64 = self.int64.to_dict()
        else:
            int64 = self.int64

        map_: dict[str, Any] | None | Unset
        if isinstance(self.map_, Unset):
            map_ = UNSET
        elif isinstance(self.map_, ValidateMapRules):
            map_ = self.map_.to_dict()
        else:
            map_ = self.map_

        message: dict[str, Any] | None | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, ValidateMessageRules):
            message = self.message.to_dict()
        else:
            message = self.message

        repeated: dict[str, Any] | None | Unset
        if isinstance(self.repeated, Unset):
            repeated = UNSET
        elif isinstance(self.repeated, ValidateRepeatedRules):
            repeated = self.repeated.to_dict()
        else:
            repeated = self.repeated

        sfixed32: dict[str, Any] | None | Unset
        if isinstance(self.sfixed32, Unset):
            sfixed32 = UNSET
        elif isinstance(self.sfixed32, ValidateSFixed32Rules):
            sfixed32 = self.sfixed32.to_dict()
        else:
            sfixed32 = self.sfixed32

        sfixed64: dict[str, Any] | None | Unset
        if isinstance(self.sfixed64, Unset):
            sfixed64 = UNSET
        elif isinstance(self.sfixed64, ValidateSFixed64Rules):
            sfixed64 = self.sfixed64.to_dict()
        else:
            sfixed64 = self.sfixed64

        sint32: dict[str, Any] | None | Unset
        if isinstance(self.sint32, Unset):
            sint32 = UNSET
        elif isinstance(self.sint32, ValidateSInt32Rules):
            sint32 = self.sint32.to_dict()
        else:
            sint32 = self.sint32

        sint64: dict[str, Any] | None | Unset
        if isinstance(self.sint64, Unset):
            sint64 = UNSET
        elif isinstance(self.sint64, ValidateSInt64Rules):
            sint64 = self.sint64.to_dict()
        else:
            sint64 = self.sint64

        string: dict[str, Any] | None | Unset
        if isinstance(self.string, Unset):
            string = UNSET
        elif isinstance(self.string, ValidateStringRules):
            string = self.string.to_dict()
        else:
            string = self.string

        timestamp: dict[str, Any] | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, ValidateTimestampRules):
            timestamp = self.timestamp.to_dict()
        else:
            timestamp = self.timestamp

        uint32: dict[str, Any] | None | Unset
        if isinstance(self.uint32, Unset):
            uint32 = UNSET
        elif isinstance(self.uint32, ValidateUInt32Rules):
            uint32 = self.uint32.to_dict()
        else:
            uint32 = self.uint32

        uint64: dict[str, Any] | None | Unset
        if isinstance(self.uint64, Unset):
            uint64 = UNSET
        elif isinstance(self.uint64, ValidateUInt64Rules):
            uint64 = self.uint64.to_dict()
        else:
            uint64 = self.uint64

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if any_ is not UNSET:
            field_dict["any"] = any_
        if bool_ is not UNSET:
            field_dict["bool"] = bool_
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if double is not UNSET:
            field_dict["double"] = double
        if duration is not UNSET:
            field_dict["duration"] = duration
        if enum is not UNSET:
            field_dict["enum"] = enum
        if fixed32 is not UNSET:
            field_dict["fixed32"] = fixed32
        if fixed64 is not UNSET:
            field_dict["fixed64"] = fixed64
        if float_ is not UNSET:
            field_dict["float"] = float_
        if int32 is not UNSET:
            field_dict["int32"] = int32
        if int64 is not UNSET:
            field_dict["int64"] = int64
        if map_ is not UNSET:
            field_dict["map"] = map_
        if message is not UNSET:
            field_dict["message"] = message
        if repeated is not UNSET:
            field_dict["repeated"] = repeated
        if sfixed32 is not UNSET:
            field_dict["sfixed32"] = sfixed32
        if sfixed64 is not UNSET:
            field_dict["sfixed64"] = sfixed64
        if sint32 is not UNSET:
            field_dict["sint32"] = sint32
        if sint64 is not UNSET:
            field_dict["sint64"] = sint64
        if string is not UNSET:
            field_dict["string"] = string
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if uint32 is not UNSET:
            field_dict["uint32"] = uint32
        if uint64 is not UNSET:
            field_dict["uint64"] = uint64

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "any" in d:
            seen += 1
            _any_ = d["any"]
            any_: None | Unset | ValidateAnyRules
            if _any_ is UNSET or _any_ is None:
                any_ = _any_
            else:
                if not isinstance(_any_, dict):
                    raise TypeError()
                any_type_0 = ValidateAnyRules.from_dict(_any_)

                any_ = any_type_0

        else:
            any_ = UNSET

        if "bool" in d:
            seen += 1
            _bool_ = d["bool"]
            bool_: None | Unset | ValidateBoolRules
            if _bool_ is UNSET or _bool_ is None:
                bool_ = _bool_
            else:
                if not isinstance(_bool_, dict):
                    raise TypeError()
                bool_type_0 = ValidateBoolRules.from_dict(_bool_)

                bool_ = bool_type_0

        else:
            bool_ = UNSET

        if "bytes" in d:
            seen += 1
            _bytes_ = d["bytes"]
            bytes_: None | Unset | ValidateBytesRules
            if _bytes_ is UNSET or _bytes_ is None:
                bytes_ = _bytes_
            else:
                if not isinstance(_bytes_, dict):
                    raise TypeError()
                bytes_type_0 = ValidateBytesRules.from_dict(_bytes_)

                bytes_ = bytes_type_0

        else:
            bytes_ = UNSET

        if "double" in d:
            seen += 1
            _double = d["double"]
            double: None | Unset | ValidateDoubleRules
            if _double is UNSET or _double is None:
                double = _double
            else:
                if not isinstance(_double, dict):
                    raise TypeError()
                double_type_0 = ValidateDoubleRules.from_dict(_double)

                double = double_type_0

        else:
            double = UNSET

        if "duration" in d:
            seen += 1
            _duration = d["duration"]
            duration: None | Unset | ValidateDurationRules
            if _duration is UNSET or _duration is None:
                duration = _duration
            else:
                if not isinstance(_duration, dict):
                    raise TypeError()
                duration_type_0 = ValidateDurationRules.from_dict(_duration)

                duration = duration_type_0

        else:
            duration = UNSET

        if "enum" in d:
            seen += 1
            _enum = d["enum"]
            enum: None | Unset | ValidateEnumRules
            if _enum is UNSET or _enum is None:
                enum = _enum
            else:
                if not isinstance(_enum, dict):
                    raise TypeError()
                enum_type_0 = ValidateEnumRules.from_dict(_enum)

                enum = enum_type_0

        else:
            enum = UNSET

        if "fixed32" in d:
            seen += 1
            _fixed32 = d["fixed32"]
            fixed32: None | Unset | ValidateFixed32Rules
            if _fixed32 is UNSET or _fixed32 is None:
                fixed32 = _fixed32
            else:
                if not isinstance(_fixed32, dict):
                    raise TypeError()
                fixed32_type_0 = ValidateFixed32Rules.from_dict(_fixed32)

                fixed32 = fixed32_type_0

        else:
            fixed32 = UNSET

        if "fixed64" in d:
            seen += 1
            _fixed64 = d["fixed64"]
            fixed64: None | Unset | ValidateFixed64Rules
            if _fixed64 is UNSET or _fixed64 is None:
                fixed64 = _fixed64
            else:
                if not isinstance(_fixed64, dict):
                    raise TypeError()
                fixed64_type_0 = ValidateFixed64Rules.from_dict(_fixed64)

                fixed64 = fixed64_type_0

        else:
            fixed64 = UNSET

        if "float" in d:
            seen += 1
            _float_ = d["float"]
            float_: None | Unset | ValidateFloatRules
            if _float_ is UNSET or _float_ is None:
                float_ = _float_
            else:
                if not isinstance(_float_, dict):
                    raise TypeError()
                float_type_0 = ValidateFloatRules.from_dict(_float_)

                float_ = float_type_0

        else:
            float_ = UNSET

        if "int32" in d:
            seen += 1
            _int32 = d["int32"]
            int32: None | Unset | ValidateInt32Rules
            if _int32 is UNSET or _int32 is None:
                int32 = _int32
            else:
                if not isinstance(_int32, dict):
                    raise TypeError()
                int32_type_0 = ValidateInt32Rules.from_dict(_int32)

                int32 = int32_type_0

        else:
            int32 = UNSET

        if "int64" in d:
            seen += 1
            _int64 = d["int64"]
            int64: None | Unset | ValidateInt64Rules
            if _int64 is UNSET or _int64 is None:
                int64 = _int64
            else:
                if not isinstance(_int64, dict):
                    raise TypeError()
                int64_type_0 = ValidateInt64Rules.from_dict(_int64)

                int64 = int64_type_0

        else:
            int64 = UNSET

        if "map" in d:
            seen += 1
            _map_ = d["map"]
            map_: None | Unset | ValidateMapRules
            if _map_ is UNSET or _map_ is None:
                map_ = _map_
            else:
                if not isinstance(_map_, dict):
                    raise TypeError()
                map_type_0 = ValidateMapRules.from_dict(_map_)

                map_ = map_type_0

        else:
            map_ = UNSET

        if "message" in d:
            seen += 1
            _message = d["message"]
            message: None | Unset | ValidateMessageRules
            if _message is UNSET or _message is None:
                message = _message
            else:
                if not isinstance(_message, dict):
                    raise TypeError()
                message_type_0 = ValidateMessageRules.from_dict(_message)

                message = message_type_0

        else:
            message = UNSET

        if "repeated" in d:
            seen += 1
            _repeated = d["repeated"]
            repeated: None | Unset | ValidateRepeatedRules
            if _repeated is UNSET or _repeated is None:
                repeated = _repeated
            else:
                if not isinstance(_repeated, dict):
                    raise TypeError()
                repeated_type_0 = ValidateRepeatedRules.from_dict(_repeated)

                repeated = repeated_type_0

        else:
            repeated = UNSET

        if "sfixed32" in d:
            seen += 1
            _sfixed32 = d["sfixed32"]
            sfixed32: None | Unset | ValidateSFixed32Rules
            if _sfixed32 is UNSET or _sfixed32 is None:
                sfixed32 = _sfixed32
            else:
                if not isinstance(_sfixed32, dict):
                    raise TypeError()
                sfixed32_type_0 = ValidateSFixed32Rules.from_dict(_sfixed32)

                sfixed32 = sfixed32_type_0

        else:
            sfixed32 = UNSET

        if "sfixed64" in d:
            seen += 1
            _sfixed64 = d["sfixed64"]
            sfixed64: None | Unset | ValidateSFixed64Rules
            if _sfixed64 is UNSET or _sfixed64 is None:
                sfixed64 = _sfixed64
            else:
                if not isinstance(_sfixed64, dict):
                    raise TypeError()
                sfixed64_type_0 = ValidateSFixed64Rules.from_dict(_sfixed64)

                sfixed64 = sfixed64_type_0

        else:
            sfixed64 = UNSET

        if "sint32" in d:
            seen += 1
            _sint32 = d["sint32"]
            sint32: None | Unset | ValidateSInt32Rules
            if _sint32 is UNSET or _sint32 is None:
                sint32 = _sint32
            else:
                if not isinstance(_sint32, dict):
                    raise TypeError()
                sint32_type_0 = ValidateSInt32Rules.from_dict(_sint32)

                sint32 = sint32_type_0

        else:
            sint32 = UNSET

        if "sint64" in d:
            seen += 1
            _sint64 = d["sint64"]
            sint64: None | Unset | ValidateSInt64Rules
            if _sint64 is UNSET or _sint64 is None:
                sint64 = _sint64
            else:
                if not isinstance(_sint64, dict):
                    raise TypeError()
                sint64_type_0 = ValidateSInt64Rules.from_dict(_sint64)

                sint64 = sint64_type_0

        else:
            sint64 = UNSET

        if "string" in d:
            seen += 1
            _string = d["string"]
            string: None | Unset | ValidateStringRules
            if _string is UNSET or _string is None:
                string = _string
            else:
                if not isinstance(_string, dict):
                    raise TypeError()
                string_type_0 = ValidateStringRules.from_dict(_string)

                string = string_type_0

        else:
            string = UNSET

        if "timestamp" in d:
            seen += 1
            _timestamp = d["timestamp"]
            timestamp: None | Unset | ValidateTimestampRules
            if _timestamp is UNSET or _timestamp is None:
                timestamp = _timestamp
            else:
                if not isinstance(_timestamp, dict):
                    raise TypeError()
                timestamp_type_0 = ValidateTimestampRules.from_dict(_timestamp)

                timestamp = timestamp_type_0

        else:
            timestamp = UNSET

        if "uint32" in d:
            seen += 1
            _uint32 = d["uint32"]
            uint32: None | Unset | ValidateUInt32Rules
            if _uint32 is UNSET or _uint32 is None:
                uint32 = _uint32
            else:
                if not isinstance(_uint32, dict):
                    raise TypeError()
                uint32_type_0 = ValidateUInt32Rules.from_dict(_uint32)

                uint32 = uint32_type_0

        else:
            uint32 = UNSET

        if "uint64" in d:
            seen += 1
            _uint64 = d["uint64"]
            uint64: None | Unset | ValidateUInt64Rules
            if _uint64 is UNSET or _uint64 is None:
                uint64 = _uint64
            else:
                if not isinstance(_uint64, dict):
                    raise TypeError()
                uint64_type_0 = ValidateUInt64Rules.from_dict(_uint64)

                uint64 = uint64_type_0

        else:
            uint64 = UNSET

        validate_field_rules = cls.__new__(cls)
        validate_field_rules.any_ = any_
        validate_field_rules.bool_ = bool_
        validate_field_rules.bytes_ = bytes_
        validate_field_rules.double = double
        validate_field_rules.duration = duration
        validate_field_rules.enum = enum
        validate_field_rules.fixed32 = fixed32
        validate_field_rules.fixed64 = fixed64
        validate_field_rules.float_ = float_
        validate_field_rules.int32 = int32
        validate_field_rules.int64 = int64
        validate_field_rules.map_ = map_
        validate_field_rules.message = message
        validate_field_rules.repeated = repeated
        validate_field_rules.sfixed32 = sfixed32
        validate_field_rules.sfixed64 = sfixed64
        validate_field_rules.sint32 = sint32
        validate_field_rules.sint64 = sint64
        validate_field_rules.string = string
        validate_field_rules.timestamp = timestamp
        validate_field_rules.uint32 = uint32
        validate_field_rules.uint64 = uint64
        if len(d) == seen:
            validate_field_rules.additional_properties = {}
        else:
            validate_field_rules.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return validate_field_rules

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that may import this module back: imported once, after the class above exists, so the
# import cycle resolves at import time instead of on every from_dict/to_dict call.
from ..models.validate_any_rules import ValidateAnyRules  # noqa: E402
from ..models.validate_bool_rules import ValidateBoolRules  # noqa: E402
from ..models.validate_bytes_rules import ValidateBytesRules  # noqa: E402
from ..models.validate_double_rules import ValidateDoubleRules  # noqa: E402
from ..models.validate_duration_rules import ValidateDurationRules  # noqa: E402
from ..models.validate_enum_rules import ValidateEnumRules  # noqa: E402
from ..models.validate_fixed_32_rules import ValidateFixed32Rules  # noqa: E402
from ..models.validate_fixed_64_rules import ValidateFixed64Rules  # noqa: E402
from ..models.validate_float_rules import ValidateFloatRules  # noqa: E402
from ..models.validate_int_32_rules import ValidateInt32Rules  # noqa: E402
from ..models.validate_int_64_rules import ValidateInt64Rules  # noqa: E402
from ..models.validate_map_rules import ValidateMapRules  # noqa: E402
from ..models.validate_message_rules import ValidateMessageRules  # noqa: E402
from ..models.validate_repeated_rules import ValidateRepeatedRules  # noqa: E402
from ..models.validate_s_fixed_32_rules import ValidateSFixed32Rules  # noqa: E402
from ..models.validate_s_fixed_64_rules import ValidateSFixed64Rules  # noqa: E402
from ..models.validate_s_int_32_rules import ValidateSInt32Rules  # noqa: E402
from ..models.validate_s_int_64_rules import ValidateSInt64Rules  # noqa: E402
from ..models.validate_string_rules import ValidateStringRules  # noqa: E402
from ..models.validate_timestamp_rules import ValidateTimestampRules  # noqa: E402
from ..models.validate_u_int_32_rules import ValidateUInt32Rules  # noqa: E402
from ..models.validate_u_int_64_rules import ValidateUInt64Rules  # noqa: E402
