#include "core/export/model_generators.h"

#include "core/spec/user_types.h"
#include "core/sql/lower_types.h"

#include <cctype>

namespace ss {

std::optional<ModelLanguage> parseModelLanguage(std::string_view text)
{
    const std::string name = toLower(text);
    if (name == "pydantic" || name == "python")
        return ModelLanguage::Pydantic;
    if (name == "json-schema" || name == "jsonschema")
        return ModelLanguage::JsonSchema;
    if (name == "typescript" || name == "ts")
        return ModelLanguage::TypeScript;
    return std::nullopt;
}

const char* toString(ModelLanguage language)
{
    switch (language) {
    case ModelLanguage::Pydantic: return "pydantic";
    case ModelLanguage::JsonSchema: return "json-schema";
    case ModelLanguage::TypeScript: return "typescript";
    }
    return "pydantic";
}

const char* fileExtension(ModelLanguage language)
{
    switch (language) {
    case ModelLanguage::Pydantic: return ".py";
    case ModelLanguage::JsonSchema: return ".schema.json";
    case ModelLanguage::TypeScript: return ".ts";
    }
    return ".txt";
}

std::string generateModels(const SchemaModel& model, ModelLanguage language)
{
    switch (language) {
    case ModelLanguage::Pydantic: return pydanticModels(model);
    case ModelLanguage::JsonSchema: return jsonSchemaModels(model);
    case ModelLanguage::TypeScript: return typeScriptModels(model);
    }
    return {};
}

SchemaModel modelsInput(const SchemaModel& model)
{
    return lowerTypes(model, Dialect::Sqlite);
}

const std::vector<std::string>* enumValues(const SchemaModel& model, std::size_t table, std::size_t column)
{
    const UserType* type = typeOf(model, model.tables[table].columns[column]);
    return type && type->kind == UserType::Kind::Enum ? &type->values : nullptr;
}

std::string modelName(std::string_view table)
{
    std::string out;
    bool upperNext = true;
    for (char c : table) {
        if (!std::isalnum(static_cast<unsigned char>(c))) {
            upperNext = true;
            continue;
        }
        out.push_back(upperNext ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c);
        upperNext = false;
    }
    if (out.empty() || std::isdigit(static_cast<unsigned char>(out.front())))
        out.insert(0, "T");
    return out;
}

}  // namespace ss
