#pragma once

#include <QString>

namespace ss::ui {

// "1 error", "3 errors": a count with its noun in the right number.
inline QString plural(qsizetype count, const char* singular, const char* pluralForm)
{
    return QStringLiteral("%1 %2").arg(count).arg(QLatin1String(count == 1 ? singular : pluralForm));
}

}  // namespace ss::ui
