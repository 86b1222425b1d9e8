#pragma once
// How the till shows and reads amounts and quantities: ￥12.30, 0.525 kg, and the cashier's
// typed "12.3" (full-width digits from an input method accepted) back into fen or thousandths.

#include <QString>

#include <optional>

namespace patron::ui {

QString yuan(qint64 minor);                           // "￥12.30"
QString quantityText(qint64 qtyMilli, bool weighed);  // "3", "0.525"
// "12", "12.3", "１２.３０" -> 1230. nullopt for anything else (negative, 3 decimals, letters).
std::optional<qint64> parseYuan(const QString& text);
// "2", "0.525" -> 2000, 525. nullopt for zero, negative or more than 3 decimals.
std::optional<qint64> parseQuantity(const QString& text);
// "138****5678" from a stored mobile number.
QString maskedMobile(const QString& mobile);

} // namespace patron::ui
