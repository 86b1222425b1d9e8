#pragma once
// Ean13: the 95 modules of an EAN-13 symbol (guards, left half with the first digit's parity
// pattern, right half), for shelf and product labels.

#include <QList>
#include <QString>

namespace patron::ui {

class Ean13 {
public:
    // 95 entries, true = bar. Empty unless `digits` is 13 digits with a valid check digit.
    static QList<bool> modules(const QString& digits);
};

} // namespace patron::ui
