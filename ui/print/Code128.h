#pragma once
// Code128: the bar/space module widths of a CODE128 symbol (code set B, printable ASCII), the
// same symbology the ESC/POS encoder asks the printer for, so the preview scans like the paper.

#include <QList>
#include <QString>

namespace patron::ui {

class Code128 {
public:
    // Widths in modules, alternating bar, space, bar, … starting with a bar; quiet zones not
    // included. Empty when `data` holds a character outside printable ASCII (32..126).
    static QList<int> moduleWidths(const QString& data);
    // Total modules of the widths above.
    static int moduleCount(const QList<int>& widths);
};

} // namespace patron::ui
