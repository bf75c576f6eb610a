from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validate_any_rules import ValidateAnyRules
    from ..models.validate_bool_rules import ValidateBoolRules
    from ..models.validate_bytes_rules import ValidateBytesRules
    from ..models.validate_double_rules import ValidateDoubleRules
    from ..models.validate_duration_rules import ValidateDurationRules
    from ..models.validate_enum_rules import ValidateEnumRules
    from ..models.validate_fixed_32_rules import ValidateFixed32Rules
    from ..models.validate_fixed_64_rules import ValidateFixed64Rules
    from ..models.validate_float_rules import ValidateFloatRules
    from ..models.validate_int_32_rules import ValidateInt32Rules
    from ..models.validate_int_64_rules import ValidateInt64Rules
    from ..models.validate_map_rules import ValidateMapRules
    from ..models.validate_message_rules import ValidateMessageRules
    from ..models.validate_repeated_rules import ValidateRepeatedRules
    from ..models.validate_s_fixed_32_rules import ValidateSFixed32Rules
    from ..models.validate_s_fixed_64_rules import ValidateSFixed64Rules
    from ..models.validate_s_int_32_rules import ValidateSInt32Rules
    from ..models.validate_s_int_64_rules import ValidateSInt64Rules
    from ..models.validate_string_rules import ValidateStringRules
    from ..models.validate_timestamp_rules import ValidateTimestampRules
    from ..models.validate_u_int_32_rules import ValidateUInt32Rules
    from ..models.validate_u_int_64_rules import ValidateUInt64Rules


T = TypeVar("T", bound="ValidateFieldRules")


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
        from ..models.validate_any_rules import ValidateAnyRules  # noqa: PLC0415
        from ..models.validate_bool_rules import ValidateBoolRules  # noqa: PLC0415
        from ..models.validate_bytes_rules import ValidateBytesRules  # noqa: PLC0415
        from ..models.validate_double_rules import ValidateDoubleRules  # noqa: PLC0415
        from ..models.validate_duration_rules import ValidateDurationRules  # noqa: PLC0415
        from ..models.validate_enum_rules import ValidateEnumRules  # noqa: PLC0415
        from ..models.validate_fixed_32_rules import ValidateFixed32Rules  # noqa: PLC0415
        from ..models.validate_fixed_64_rules import ValidateFixed64Rules  # noqa: PLC0415
        from ..models.validate_float_rules import ValidateFloatRules  # noqa: PLC0415
        from ..models.validate_int_32_rules import ValidateInt32Rules  # noqa: PLC0415
        from ..models.validate_int_64_rules import ValidateInt64Rules  # noqa: PLC0415
        from ..models.validate_map_rules import ValidateMapRules  # noqa: PLC0415
        from ..models.validate_message_rules import ValidateMessageRules  # noqa: PLC0415
        from ..models.validate_repeated_rules import ValidateRepeatedRules  # noqa: PLC0415
        from ..models.validate_s_fixed_32_rules import ValidateSFixed32Rules  # noqa: PLC0415
        from ..models.validate_s_fixed_64_rules import ValidateSFixed64Rules  # noqa: PLC0415
        from ..models.validate_s_int_32_rules import ValidateSInt32Rules  # noqa: PLC0415
        from ..models.validate_s_int_64_rules import ValidateSInt64Rules  # noqa: PLC0415
        from ..models.validate_string_rules import ValidateStringRules  # noqa: PLC0415
        from ..models.validate_timestamp_rules import ValidateTimestampRules  # noqa: PLC0415
        from ..models.validate_u_int_32_rules import ValidateUInt32Rules  # noqa: PLC0415
        from ..models.validate_u_int_64_rules import ValidateUInt64Rules  # noqa: PLC0415

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
        field_dict.update({})
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
        from ..models.validate_any_rules import ValidateAnyRules  # noqa: PLC0415
        from ..models.validate_bool_rules import ValidateBoolRules  # noqa: PLC0415
        from ..models.validate_bytes_rules import ValidateBytesRules  # noqa: PLC0415
        from ..models.validate_double_rules import ValidateDoubleRules  # noqa: PLC0415
        from ..models.validate_duration_rules import ValidateDurationRules  # noqa: PLC0415
        from ..models.validate_enum_rules import ValidateEnumRules  # noqa: PLC0415
        from ..models.validate_fixed_32_rules import ValidateFixed32Rules  # noqa: PLC0415
        from ..models.validate_fixed_64_rules import ValidateFixed64Rules  # noqa: PLC0415
        from ..models.validate_float_rules import ValidateFloatRules  # noqa: PLC0415
        from ..models.validate_int_32_rules import ValidateInt32Rules  # noqa: PLC0415
        from ..models.validate_int_64_rules import ValidateInt64Rules  # noqa: PLC0415
        from ..models.validate_map_rules import ValidateMapRules  # noqa: PLC0415
        from ..models.validate_message_rules import ValidateMessageRules  # noqa: PLC0415
        from ..models.validate_repeated_rules import ValidateRepeatedRules  # noqa: PLC0415
        from ..models.validate_s_fixed_32_rules import ValidateSFixed32Rules  # noqa: PLC0415
        from ..models.validate_s_fixed_64_rules import ValidateSFixed64Rules  # noqa: PLC0415
        from ..models.validate_s_int_32_rules import ValidateSInt32Rules  # noqa: PLC0415
        from ..models.validate_s_int_64_rules import ValidateSInt64Rules  # noqa: PLC0415
        from ..models.validate_string_rules import ValidateStringRules  # noqa: PLC0415
        from ..models.validate_timestamp_rules import ValidateTimestampRules  # noqa: PLC0415
        from ..models.validate_u_int_32_rules import ValidateUInt32Rules  # noqa: PLC0415
        from ..models.validate_u_int_64_rules import ValidateUInt64Rules  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_any_(data: object) -> None | Unset | ValidateAnyRules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            any_type_0 = ValidateAnyRules.from_dict(data)

            return any_type_0

        any_ = _parse_any_(d.pop("any", UNSET))

        def _parse_bool_(data: object) -> None | Unset | ValidateBoolRules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            bool_type_0 = ValidateBoolRules.from_dict(data)

            return bool_type_0

        bool_ = _parse_bool_(d.pop("bool", UNSET))

        def _parse_bytes_(data: object) -> None | Unset | ValidateBytesRules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            bytes_type_0 = ValidateBytesRules.from_dict(data)

            return bytes_type_0

        bytes_ = _parse_bytes_(d.pop("bytes", UNSET))

        def _parse_double(data: object) -> None | Unset | ValidateDoubleRules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            double_type_0 = ValidateDoubleRules.from_dict(data)

            return double_type_0

        double = _parse_double(d.pop("double", UNSET))

        def _parse_duration(data: object) -> None | Unset | ValidateDurationRules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            duration_type_0 = ValidateDurationRules.from_dict(data)

            return duration_type_0

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_enum(data: object) -> None | Unset | ValidateEnumRules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            enum_type_0 = ValidateEnumRules.from_dict(data)

            return enum_type_0

        enum = _parse_enum(d.pop("enum", UNSET))

        def _parse_fixed32(data: object) -> None | Unset | ValidateFixed32Rules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            fixed32_type_0 = ValidateFixed32Rules.from_dict(data)

            return fixed32_type_0

        fixed32 = _parse_fixed32(d.pop("fixed32", UNSET))

        def _parse_fixed64(data: object) -> None | Unset | ValidateFixed64Rules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            fixed64_type_0 = ValidateFixed64Rules.from_dict(data)

            return fixed64_type_0

        fixed64 = _parse_fixed64(d.pop("fixed64", UNSET))

        def _parse_float_(data: object) -> None | Unset | ValidateFloatRules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            float_type_0 = ValidateFloatRules.from_dict(data)

            return float_type_0

        float_ = _parse_float_(d.pop("float", UNSET))

        def _parse_int32(data: object) -> None | Unset | ValidateInt32Rules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            int32_type_0 = ValidateInt32Rules.from_dict(data)

            return int32_type_0

        int32 = _parse_int32(d.pop("int32", UNSET))

        def _parse_int64(data: object) -> None | Unset | ValidateInt64Rules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            int64_type_0 = ValidateInt64Rules.from_dict(data)

            return int64_type_0

        int64 = _parse_int64(d.pop("int64", UNSET))

        def _parse_map_(data: object) -> None | Unset | ValidateMapRules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            map_type_0 = ValidateMapRules.from_dict(data)

            return map_type_0

        map_ = _parse_map_(d.pop("map", UNSET))

        def _parse_message(data: object) -> None | Unset | ValidateMessageRules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            message_type_0 = ValidateMessageRules.from_dict(data)

            return message_type_0

        message = _parse_message(d.pop("message", UNSET))

        def _parse_repeated(data: object) -> None | Unset | ValidateRepeatedRules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            repeated_type_0 = ValidateRepeatedRules.from_dict(data)

            return repeated_type_0

        repeated = _parse_repeated(d.pop("repeated", UNSET))

        def _parse_sfixed32(data: object) -> None | Unset | ValidateSFixed32Rules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            sfixed32_type_0 = ValidateSFixed32Rules.from_dict(data)

            return sfixed32_type_0

        sfixed32 = _parse_sfixed32(d.pop("sfixed32", UNSET))

        def _parse_sfixed64(data: object) -> None | Unset | ValidateSFixed64Rules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            sfixed64_type_0 = ValidateSFixed64Rules.from_dict(data)

            return sfixed64_type_0

        sfixed64 = _parse_sfixed64(d.pop("sfixed64", UNSET))

        def _parse_sint32(data: object) -> None | Unset | ValidateSInt32Rules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            sint32_type_0 = ValidateSInt32Rules.from_dict(data)

            return sint32_type_0

        sint32 = _parse_sint32(d.pop("sint32", UNSET))

        def _parse_sint64(data: object) -> None | Unset | ValidateSInt64Rules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            sint64_type_0 = ValidateSInt64Rules.from_dict(data)

            return sint64_type_0

        sint64 = _parse_sint64(d.pop("sint64", UNSET))

        def _parse_string(data: object) -> None | Unset | ValidateStringRules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            string_type_0 = ValidateStringRules.from_dict(data)

            return string_type_0

        string = _parse_string(d.pop("string", UNSET))

        def _parse_timestamp(data: object) -> None | Unset | ValidateTimestampRules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            timestamp_type_0 = ValidateTimestampRules.from_dict(data)

            return timestamp_type_0

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_uint32(data: object) -> None | Unset | ValidateUInt32Rules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            uint32_type_0 = ValidateUInt32Rules.from_dict(data)

            return uint32_type_0

        uint32 = _parse_uint32(d.pop("uint32", UNSET))

        def _parse_uint64(data: object) -> None | Unset | ValidateUInt64Rules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            uint64_type_0 = ValidateUInt64Rules.from_dict(data)

            return uint64_type_0

        uint64 = _parse_uint64(d.pop("uint64", UNSET))

        validate_field_rules = cls(
            any_=any_,
            bool_=bool_,
            bytes_=bytes_,
            double=double,
            duration=duration,
            enum=enum,
            fixed32=fixed32,
            fixed64=fixed64,
            float_=float_,
            int32=int32,
            int64=int64,
            map_=map_,
            message=message,
            repeated=repeated,
            sfixed32=sfixed32,
            sfixed64=sfixed64,
            sint32=sint32,
            sint64=sint64,
            string=string,
            timestamp=timestamp,
            uint32=uint32,
            uint64=uint64,
        )

        validate_field_rules.additional_properties = d
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
