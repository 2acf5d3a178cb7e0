#pragma once

#include "core/design/design_result.h"

#include <QJsonObject>

namespace ss::design {

// {ok, source, message, yaml, understood[{role, words, table, column}], notUnderstood[], diagnostics[], llm?}:
// what `dbx design --json` prints and POST /api/design answers.
QJsonObject designResultJson(const DesignResult& result);

}  // namespace ss::design
