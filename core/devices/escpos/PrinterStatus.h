#pragma once
// PrinterStatus: what the printer said to DLE EOT 1, 2 and 4, and the translated error a
// cashier sees when it cannot print (offline, cover open, out of paper).

#include "common/Result.h"

namespace patron {

struct PrinterStatus {
    bool answered = false;   // false: the printer does not report status (or the link cannot)
    bool offline = false;
    bool coverOpen = false;
    bool paperEnd = false;
    bool paperNearEnd = false;  // still prints; worth a warning

    // True when `byte` has the fixed bits of a DLE EOT answer (bits 1 and 4 set, 0 and 7 clear).
    static bool isStatusByte(quint8 byte);
    // Merge the answer to DLE EOT n (1, 2 or 4).
    void apply(int n, quint8 byte);
    // An error when the printer cannot print now; ok otherwise.
    Result<void> readiness() const;
};

} // namespace patron
