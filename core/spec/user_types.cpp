#include "core/spec/user_types.h"

#include "core/spec/name_lookup.h"

namespace ss {

const UserType* findType(const SchemaModel& model, std::string_view name)
{
    return findByName(model.types, name);
}

const UserType* typeOf(const SchemaModel& model, const Column& column)
{
    if (column.type.kind != TypeKind::Native || model.types.empty())
        return nullptr;
    return findType(model, column.type.native);
}

const char* toString(UserType::Kind kind)
{
    return kind == UserType::Kind::Enum ? "enum" : "domain";
}

}  // namespace ss
