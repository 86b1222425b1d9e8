// The ESC/POS encoder, read back by an independent reader with glibc's iconv.

#include "EscPosReader.h"
#include "SampleReceipts.h"
#include "TestEnv.h"

#include "devices/escpos/EscPosCommands.h"
#include "devices/escpos/EscPosEncoder.h"
#include "devices/escpos/PrinterTextCodec.h"

using namespace patron;
using namespace patron::test;

namespace {
QByteArray hex(const char* h) { return QByteArray::fromHex(h); }
}

TEST_CASE("A Chinese sale on 58 mm paper: GB18030 text within 32 columns, ￥ as A3 A4, cut", "[printing][escpos]")
{
    const QByteArray bytes = EscPosEncoder(PrinterProfile::chinese(32)).encode(sampleSale());
    EscPosReader r(bytes, "GB18030");
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    CHECK(bytes.startsWith(hex("1b40 1c26")));
    const QString all = r.texts().join(u'\n');
    CHECK(all.contains(QStringLiteral("示例便利店")));
    CHECK(all.contains(QStringLiteral("农夫山泉")));
    CHECK(all.contains(QStringLiteral("谢谢惠顾")));
    CHECK(all.contains(QStringLiteral("138****5678")));
    CHECK(r.fourByteSequences() == 0);
    for (const PrintedLine& line : r.lines()) {
        INFO(line.text.toStdString());
        CHECK(line.raw.size() * (line.doubleSize ? 2 : 1) <= 32);
    }
    // The total due, double size, with the full-width yuan sign in two bytes.
    const auto total = std::find_if(r.lines().begin(), r.lines().end(), [](const PrintedLine& l) { return l.doubleSize && l.text.startsWith(QLatin1String("Total")); });
    REQUIRE(total != r.lines().end());
    CHECK(total->raw.contains(QByteArray(hex("a3a4") + "25.50")));
    CHECK(r.find(hex("1d5642")) == QList<QByteArray>{hex("1d564218")});
    CHECK(bytes.endsWith(hex("1d564218")));
    CHECK_FALSE(r.has(hex("1b70")));  // no drawer unless asked
}

TEST_CASE("80 mm paper lines fit 48 columns", "[printing][escpos]")
{
    EscPosReader r(EscPosEncoder(PrinterProfile::chinese(48)).encode(sampleSale()), "GB18030");
    REQUIRE(r.ok());
    int widest = 0;
    for (const PrintedLine& line : r.lines())
        widest = qMax(widest, int(line.raw.size() * (line.doubleSize ? 2 : 1)));
    CHECK(widest == 48);  // the rules reach the edge, nothing passes it
}

TEST_CASE("The drawer pulse is sent only when asked, on the configured pin and times", "[printing][escpos]")
{
    PrinterProfile p = PrinterProfile::chinese(48);
    CHECK_FALSE(EscPosReader(EscPosEncoder(p).encode(sampleSale(), {false, true}), "GB18030").has(hex("1b70")));
    EscPosReader withDrawer(EscPosEncoder(p).encode(sampleSale(), {true, true}), "GB18030");
    CHECK(withDrawer.find(hex("1b70")) == QList<QByteArray>{hex("1b700032fa")});
    p.drawerPin = PrinterProfile::DrawerPin::Pin5;
    p.drawerOnMs = 50;
    p.drawerOffMs = 200;
    CHECK(EscPosEncoder(p).drawerKick() == hex("1b401b70011964"));
}

TEST_CASE("Text the printer cannot print gets a visible substitute, never '?' or a command", "[printing][escpos]")
{
    const PrinterTextCodec gb(PrinterProfile::Charset::Gb18030);
    CHECK(gb.encode(QStringLiteral("\u00A5")) == hex("a3a4"));           // ¥ -> ￥
    CHECK(gb.encode(QString::fromUtf8("😀")) == hex("a1f5"));          // emoji -> □
    CHECK(gb.encode(QString::fromUtf8("𠀀")) == hex("a1f5"));          // CJK ext. B needs 4 bytes -> □
    CHECK(gb.encode(QStringLiteral("中\u00D7A")) == hex("d6d0 a1c1 41"));
    CHECK(gb.encode(QStringLiteral("a\x1B" "b\x10")) == QByteArray("a b "));
    CHECK(EscPosReader::decode(gb.encode(QStringLiteral("会员积分 ￥12.50")), "GB18030") == QStringLiteral("会员积分 ￥12.50"));

    const PrinterTextCodec cp858(PrinterProfile::Charset::CodePage858);
    const QByteArray latin = cp858.encode(QStringLiteral("Café €5 ￥ 中 ５"));
    CHECK_FALSE(latin.contains('?'));
    CHECK(EscPosReader::decode(latin, "CP858") == QStringLiteral("Café €5 ¥ ■ 5"));
    const PrinterTextCodec cp437(PrinterProfile::Charset::CodePage437);
    CHECK(EscPosReader::decode(cp437.encode(QStringLiteral("Straße ¥ €")), "CP437") == QStringLiteral("Straße ¥ ■"));
}

TEST_CASE("A Latin code-page printer gets ESC t and single-byte text", "[printing][escpos]")
{
    ReceiptDocument doc = sampleSale();
    doc.header.storeName = QStringLiteral("Café Zoë");
    const QByteArray bytes = EscPosEncoder(PrinterProfile::latin(32)).encode(doc);
    EscPosReader r(bytes, "CP858");
    REQUIRE(r.ok());
    CHECK(bytes.startsWith(hex("1b40 1c2e 1b7413")));
    CHECK(r.texts().join(u'\n').contains(QStringLiteral("Café Zoë")));
    for (const PrintedLine& line : r.lines())
        CHECK(line.raw.size() * (line.doubleSize ? 2 : 1) <= 32);
}

TEST_CASE("CODE128 and QR commands carry the receipt number and payload", "[printing][escpos]")
{
    const ReceiptDocument doc = sampleSale();
    EscPosReader r(EscPosEncoder(PrinterProfile::chinese(48)).encode(doc), "GB18030");
    REQUIRE(r.ok());
    const QByteArray number = doc.receiptNumber.toLatin1();
    const auto barcode = r.find(hex("1d6b49"));
    REQUIRE(barcode.size() == 1);
    CHECK(barcode.first() == QByteArray(hex("1d6b49") + char(number.size() + 2) + "{B" + number));
    CHECK(r.has(hex("1d4802")));
    CHECK(r.has(hex("1d6850")));
    CHECK(r.has(hex("1d7702")));

    const QByteArray payload = doc.qrPayload.toUtf8();
    const auto qr = r.find(hex("1d286b"));
    REQUIRE(qr.size() == 5);
    CHECK(qr[0] == hex("1d286b 0400 3141 3200"));
    CHECK(qr[1] == hex("1d286b 0300 3143 06"));
    CHECK(qr[2] == hex("1d286b 0300 3145 31"));
    CHECK(qr[3] == QByteArray(hex("1d286b") + char(payload.size() + 3) + char(0) + hex("315030") + payload));
    CHECK(qr[4] == hex("1d286b 0300 3151 30"));

    // A '{' in CODE128 data is doubled; text that is not printable ASCII is no barcode.
    CHECK(escpos::code128("A{B", 80, 2).endsWith(QByteArray("\x1D\x6B\x49\x06{BA{{B")));
    CHECK(escpos::code128("中", 80, 2).isEmpty());
    CHECK(escpos::qrCode(QByteArray(8000, 'x'), 6, PrinterProfile::QrErrorLevel::M).isEmpty());
}

TEST_CASE("A raster logo: GS v 0 header, size, and the bitmap's rows", "[printing][escpos]")
{
    MonoBitmap logo(100, 64);
    for (int y = 0; y < 64; ++y)
        for (int x = 0; x < 100; ++x)
            logo.setPixel(x, y, (x / 4 + y / 4) % 2 == 0);
    ReceiptDocument doc = sampleSale();
    doc.header.logo = logo;
    EscPosReader r(EscPosEncoder(PrinterProfile::chinese(32)).encode(doc), "GB18030");
    REQUIRE(r.ok());
    const auto raster = r.find(hex("1d7630"));
    REQUIRE(raster.size() == 1);
    CHECK(raster.first().left(8) == hex("1d7630 00 0d00 4000"));
    const QByteArray data = raster.first().mid(8);
    REQUIRE(data.size() == 13 * 64);
    for (int y = 0; y < 64; ++y)
        for (int x = 0; x < 104; ++x) {
            const bool black = (quint8(data[y * 13 + x / 8]) >> (7 - x % 8)) & 1;
            CHECK(black == (x < 100 && (x / 4 + y / 4) % 2 == 0));
        }

    // Wider than the paper: cropped to 384 dots; taller than a band: split.
    MonoBitmap wide(800, 300);
    const QByteArray bands = escpos::rasterImage(wide, 384);
    CHECK(bands.startsWith(hex("1d7630 00 3000 0001")));
    CHECK(bands.size() == 8 + 48 * 256 + 8 + 48 * 44);
    CHECK(MonoBitmap::fromPackedRows(9, 2, QByteArray(3, '\0')).isNull());
}

TEST_CASE("Cut modes", "[printing][escpos]")
{
    PrinterProfile p = PrinterProfile::chinese(48);
    p.cut = PrinterProfile::Cut::Full;
    CHECK(escpos::cut(p).endsWith(hex("1d5600")));
    p.cut = PrinterProfile::Cut::Partial;
    CHECK(escpos::cut(p).endsWith(hex("1d5601")));
    p.cut = PrinterProfile::Cut::None;
    CHECK_FALSE(EscPosReader(EscPosEncoder(p).encode(sampleSale()), "GB18030").has(hex("1d56")));
    CHECK_FALSE(EscPosReader(EscPosEncoder(PrinterProfile::chinese(48)).encode(sampleSale(), {false, false}), "GB18030").has(hex("1d56")));
}
