#include "print/Code128.h"

#include <array>

namespace patron::ui {

namespace {
// The 107 CODE128 symbols (ISO/IEC 15417 table 1) as bar/space widths; 106 is the stop, which
// has a seventh element (the final 2-module bar).
constexpr std::array<const char*, 107> kPatterns = {
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
    "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
    "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
    "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
    "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
    "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
    "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
    "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
    "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
    "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
    "114131", "311141", "411131", "211412", "211214", "211232", "2331112"};
constexpr int kStartB = 104;
constexpr int kStop = 106;

void append(QList<int>& out, int symbol)
{
    for (const char* p = kPatterns[size_t(symbol)]; *p; ++p)
        out << (*p - '0');
}
} // namespace

QList<int> Code128::moduleWidths(const QString& data)
{
    QList<int> out;
    if (data.isEmpty())
        return out;
    append(out, kStartB);
    int checksum = kStartB;
    int position = 1;
    for (QChar c : data) {
        const ushort u = c.unicode();
        if (u < 32 || u > 126)
            return {};
        const int value = u - 32;
        append(out, value);
        checksum += value * position++;
    }
    append(out, checksum % 103);
    append(out, kStop);
    return out;
}

int Code128::moduleCount(const QList<int>& widths)
{
    int n = 0;
    for (int w : widths)
        n += w;
    return n;
}

} // namespace patron::ui
