#pragma once

// QScintilla's headers use the `signals`/`slots` keywords, which this project switches off (QT_NO_KEYWORDS)
// so that Qt's macros never clash with other libraries. Map them to the Q_ spellings for these headers only.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#include <Qsci/qscilexersql.h>
#include <Qsci/qscilexeryaml.h>
#include <Qsci/qsciscintilla.h>
#undef signals
#undef slots
