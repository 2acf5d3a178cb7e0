#pragma once

#include "core/spec/schema_model.h"

#include <optional>
#include <string>
#include <string_view>

namespace ss {

// Typed models of a spec's tables: one model per table, nullability and types mapped, descriptions as doc
// comments. Each language is its own generator (core/export/<language>_models.cpp); all output is stable text.
enum class ModelLanguage { Pydantic, JsonSchema, TypeScript };

std::optional<ModelLanguage> parseModelLanguage(std::string_view text);  // pydantic, json-schema, typescript
const char* toString(ModelLanguage language);
const char* fileExtension(ModelLanguage language);  // ".py", ".schema.json", ".ts"

std::string generateModels(const SchemaModel& model, ModelLanguage language);

std::string pydanticModels(const SchemaModel& model);
std::string jsonSchemaModels(const SchemaModel& model);
std::string typeScriptModels(const SchemaModel& model);

// What the generators read: the spec with its domains written out into their columns (base type, NOT NULL)...
SchemaModel modelsInput(const SchemaModel& model);
// ... and the values of the enum that column `column` of table `table` of the spec uses, or null.
const std::vector<std::string>* enumValues(const SchemaModel& model, std::size_t table, std::size_t column);

// "loan_applications" -> "LoanApplications": the model name of a table in every language.
std::string modelName(std::string_view table);

}  // namespace ss
