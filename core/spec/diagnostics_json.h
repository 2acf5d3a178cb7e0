#pragma once

#include "core/spec/diagnostic.h"

#include <QJsonArray>

#include <vector>

namespace ss {

// [{severity, rule, message, line, column, hint}]: the diagnostics as the service and `--json` outputs give them.
QJsonArray diagnosticsJson(const std::vector<Diagnostic>& diagnostics);

}  // namespace ss
