#include "devices/escpos/EscPosCommands.h"

namespace patron::escpos {

namespace {
QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray b;
    b.reserve(qsizetype(values.size()));
    for (int v : values)
        b += char(v & 0xFF);
    return b;
}

int clampInt(int v, int lo, int hi) { return v < lo ? lo : (v > hi ? hi : v); }
} // namespace

QByteArray initialize() { return bytes({0x1B, 0x40}); }
QByteArray chineseMode(bool on) { return on ? bytes({0x1C, 0x26}) : bytes({0x1C, 0x2E}); }

QByteArray codePage(PrinterProfile::Charset charset)
{
    switch (charset) {
    case PrinterProfile::Charset::CodePage437: return bytes({0x1B, 0x74, 0});
    case PrinterProfile::Charset::CodePage858: return bytes({0x1B, 0x74, 19});
    case PrinterProfile::Charset::Gb18030: break;
    }
    return {};
}

QByteArray align(Align a) { return bytes({0x1B, 0x61, int(a)}); }
QByteArray bold(bool on) { return bytes({0x1B, 0x45, on ? 1 : 0}); }
QByteArray doubleSize(bool on) { return bytes({0x1D, 0x21, on ? 0x11 : 0x00}); }
QByteArray feedLines(int lines) { return bytes({0x1B, 0x64, clampInt(lines, 0, 255)}); }

QByteArray cut(const PrinterProfile& p)
{
    switch (p.cut) {
    case PrinterProfile::Cut::None: return {};
    case PrinterProfile::Cut::Full: return feedLines(p.feedLinesBeforeCut) + bytes({0x1D, 0x56, 0x00});
    case PrinterProfile::Cut::Partial: return feedLines(p.feedLinesBeforeCut) + bytes({0x1D, 0x56, 0x01});
    case PrinterProfile::Cut::FeedThenFull: return bytes({0x1D, 0x56, 0x41, clampInt(p.cutFeedDots, 0, 255)});
    case PrinterProfile::Cut::FeedThenPartial: return bytes({0x1D, 0x56, 0x42, clampInt(p.cutFeedDots, 0, 255)});
    }
    return {};
}

QByteArray drawerPulse(PrinterProfile::DrawerPin pin, int onMs, int offMs)
{
    // Times travel in 2 ms units; t2 must not be shorter than t1 or some drawers stay shut.
    const int t1 = clampInt(onMs / 2, 1, 255);
    const int t2 = clampInt(offMs / 2, t1, 255);
    return bytes({0x1B, 0x70, pin == PrinterProfile::DrawerPin::Pin2 ? 0 : 1, t1, t2});
}

QByteArray code128(const QByteArray& ascii, int heightDots, int moduleWidth)
{
    QByteArray data("{B");
    for (char c : ascii) {
        if (c < 0x20 || c > 0x7E)
            return {};
        data += c;
        if (c == '{')  // '{' starts a code-set switch; a literal one is doubled
            data += c;
    }
    if (ascii.isEmpty() || data.size() > 255)
        return {};
    return bytes({0x1D, 0x68, clampInt(heightDots, 1, 255)}) + bytes({0x1D, 0x77, clampInt(moduleWidth, 2, 6)})
        + bytes({0x1D, 0x48, 0x02}) + bytes({0x1D, 0x6B, 73, int(data.size())}) + data;
}

QByteArray qrCode(const QByteArray& payload, int moduleSize, PrinterProfile::QrErrorLevel level)
{
    if (payload.isEmpty() || payload.size() > kMaxQrPayload)
        return {};
    const int stored = int(payload.size()) + 3;
    return bytes({0x1D, 0x28, 0x6B, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00})
        + bytes({0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x43, clampInt(moduleSize, 1, 16)})
        + bytes({0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x45, 0x30 + int(level)})
        + bytes({0x1D, 0x28, 0x6B, stored & 0xFF, stored >> 8, 0x31, 0x50, 0x30}) + payload
        + bytes({0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x51, 0x30});
}

QByteArray rasterImage(const MonoBitmap& bitmap, int maxWidthDots)
{
    if (bitmap.isNull() || maxWidthDots < 8)
        return {};
    const int srcBytes = bitmap.bytesPerRow();
    const int xBytes = qMin(srcBytes, maxWidthDots / 8);
    const int width = qMin(bitmap.width(), xBytes * 8);
    QByteArray out;
    for (int top = 0; top < bitmap.height(); top += kRasterBandRows) {
        const int rows = qMin(kRasterBandRows, bitmap.height() - top);
        out += bytes({0x1D, 0x76, 0x30, 0x00, xBytes & 0xFF, xBytes >> 8, rows & 0xFF, rows >> 8});
        for (int y = top; y < top + rows; ++y) {
            QByteArray row = bitmap.packedRows().mid(qsizetype(y) * srcBytes, xBytes);
            // Dots past the bitmap's width in its last byte are padding: keep them white.
            if (width % 8 != 0 && width == bitmap.width())
                row[xBytes - 1] = char(quint8(row[xBytes - 1]) & quint8(0xFF << (8 - width % 8)));
            out += row;
        }
    }
    return out;
}

QByteArray statusRequest(int n) { return bytes({0x10, 0x04, n}); }

} // namespace patron::escpos
