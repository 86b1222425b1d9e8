#include "print/Ean13.h"

#include "catalog/Barcode.h"

namespace patron::ui {

namespace {
// L-code of each digit (odd parity, left half); G is L mirrored and inverted, R is L inverted.
constexpr const char* kLCodes[10] = {"0001101", "0011001", "0010011", "0111101", "0100011",
                                     "0110001", "0101111", "0111011", "0110111", "0001011"};
// Which of the six left digits use G-codes, by the first digit (which is encoded only this way).
constexpr const char* kParity[10] = {"LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG",
                                     "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"};

void guard(QList<bool>& out, const char* bits)
{
    for (const char* b = bits; *b; ++b)
        out << (*b == '1');
}
} // namespace

QList<bool> Ean13::modules(const QString& digits)
{
    if (digits.size() != 13)
        return {};
    for (QChar c : digits)
        if (!c.isDigit() || c.unicode() > u'9')
            return {};
    if (!hasValidGs1CheckDigit(digits))
        return {};
    QList<bool> out;
    guard(out, "101");
    const char* parity = kParity[digits.at(0).digitValue()];
    for (int i = 1; i <= 6; ++i) {
        const char* l = kLCodes[digits.at(i).digitValue()];
        for (int m = 0; m < 7; ++m)
            out << (parity[i - 1] == 'G' ? l[6 - m] == '0' : l[m] == '1');
    }
    guard(out, "01010");
    for (int i = 7; i <= 12; ++i) {
        const char* l = kLCodes[digits.at(i).digitValue()];
        for (int m = 0; m < 7; ++m)
            out << (l[m] == '0');
    }
    guard(out, "101");
    return out;
}

} // namespace patron::ui
