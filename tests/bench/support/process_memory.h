#pragma once

#include <QtGlobal>

namespace bench {

// The peak resident memory (VmHWM) of a process in KiB, from /proc; -1 when it cannot be read.
long peakKiB(qint64 pid);

}  // namespace bench
