#define ZX_USE_UTF8
#include "UiApp.h"

#include "devices/escpos/PrinterProfile.h"
#include "print/Ean13.h"
#include "print/LabelSheetPrinter.h"
#include "print/LogoConverter.h"
#include "sales/receipt/ReceiptBranding.h"
#include "print/ReceiptPreviewRenderer.h"
#include "sales/receipt/ReceiptLayouter.h"

#include <ZXing/ReadBarcode.h>

#include <QFile>
#include <QPainter>
#include <QPrinter>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::ui;

namespace {
QString decode(const QImage& image, ZXing::BarcodeFormat format)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(format);
    hints.setTryHarder(true);
    const auto result = ZXing::ReadBarcode(
        ZXing::ImageView(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum, int(grey.bytesPerLine())),
        hints);
    return result.isValid() ? QString::fromStdString(result.text()) : QString();
}

ReceiptDocument saleReceipt(const QString& number)
{
    ReceiptDocument doc;
    doc.header.storeName = QStringLiteral("南京路店");
    doc.receiptNumber = number;
    doc.issuedAt = QDateTime(QDate(2026, 3, 14), QTime(9, 30));
    doc.lines = {{QStringLiteral("农夫山泉 550ml"), 2000, QString(), 200, 400, 0, {}}};
    doc.totals = {2, 400, 0, 0, 400};
    doc.tenders = {{QStringLiteral("现金"), 500, {}}};
    doc.changeMinor = 100;
    doc.barcodeValue = number;
    doc.qrPayload = QStringLiteral("https://e-invoice.example/") + number;
    return doc;
}
} // namespace

TEST_CASE("The receipt preview's CODE128 and QR code scan back to the receipt", "[ui][print]")
{
    patron::test::ensureApp();
    for (int columns : {32, 48}) {
        const PrinterProfile profile = PrinterProfile::chinese(columns);
        const QString number = QStringLiteral("RSH01-T1-1-000%1").arg(100 + columns);
        const ReceiptLayout layout = ReceiptLayouter(columns, profile.measure()).layout(saleReceipt(number));
        const QImage image = ReceiptPreviewRenderer(profile).render(layout);
        CHECK(image.width() == profile.dotsPerLine);
        CHECK(decode(image, ZXing::BarcodeFormat::Code128) == number);
        CHECK(decode(image, ZXing::BarcodeFormat::QRCode) == QStringLiteral("https://e-invoice.example/") + number);
    }
}

TEST_CASE("A receipt without codes has nothing to scan", "[ui][print]")
{
    patron::test::ensureApp();
    ReceiptDocument doc = saleReceipt(QStringLiteral("R-1"));
    doc.barcodeValue.clear();
    doc.qrPayload.clear();
    const PrinterProfile profile = PrinterProfile::chinese(48);
    const QImage image = ReceiptPreviewRenderer(profile).render(ReceiptLayouter(48, profile.measure()).layout(doc));
    CHECK(decode(image, ZXing::BarcodeFormat::Code128).isEmpty());
    CHECK(decode(image, ZXing::BarcodeFormat::QRCode).isEmpty());
}

TEST_CASE("A logo is shrunk to the paper, made 1-bit, and survives the settings round trip", "[ui][print]")
{
    patron::test::ensureApp();
    QImage picture(800, 200, QImage::Format_ARGB32);
    picture.fill(Qt::transparent);
    QPainter(&picture).fillRect(0, 0, 400, 200, Qt::black);  // left half black, right transparent
    const MonoBitmap logo = LogoConverter::convert(picture, 384, LogoConverter::Mode::Threshold);
    REQUIRE(logo.width() == 384);
    CHECK(logo.height() == 96);
    CHECK(logo.pixel(10, 50));
    CHECK_FALSE(logo.pixel(300, 50));  // transparent is paper, not black
    const MonoBitmap grey = LogoConverter::convert(QImage(), 384, LogoConverter::Mode::Dither);
    CHECK(grey.isNull());
    // Dithering mid-grey gives about half the dots black.
    QImage mid(100, 100, QImage::Format_RGB32);
    mid.fill(QColor(128, 128, 128));
    const MonoBitmap dithered = LogoConverter::convert(mid, 384, LogoConverter::Mode::Dither);
    int black = 0;
    for (int y = 0; y < 100; ++y)
        for (int x = 0; x < 100; ++x)
            black += dithered.pixel(x, y) ? 1 : 0;
    CHECK(black > 4000);
    CHECK(black < 6000);

    const MonoBitmap back = ReceiptBranding::decodeLogo(ReceiptBranding::encodeLogo(logo));
    CHECK(back.width() == logo.width());
    CHECK(back.packedRows() == logo.packedRows());
    CHECK(ReceiptBranding::decodeLogo(QStringLiteral("384:96:AAAA")).isNull());  // too few bytes
    CHECK(ReceiptBranding::decodeLogo(QStringLiteral("garbage")).isNull());
}

TEST_CASE("Product labels carry scannable EAN-13 and CODE128 bars and print to PDF", "[ui][print]")
{
    patron::test::ensureApp();
    CHECK(Ean13::modules(QStringLiteral("6901234567892")).size() == 95);
    CHECK(Ean13::modules(QStringLiteral("6901234567891")).isEmpty());  // bad check digit
    for (const LabelItem& item : {LabelItem{QStringLiteral("可口可乐"), QStringLiteral("￥3.00"), QStringLiteral("6901234567892")},
                                  LabelItem{QStringLiteral("散装苹果"), QStringLiteral("￥12.00"), QStringLiteral("SKU-0042")}}) {
        QImage label(700, 370, QImage::Format_RGB32);
        label.fill(Qt::white);
        {
            QPainter p(&label);
            LabelSheetPrinter::paintLabel(p, label.rect(), item);
        }
        const auto format = item.code.startsWith(u'6') ? ZXing::BarcodeFormat::EAN13 : ZXing::BarcodeFormat::Code128;
        CHECK(decode(label, format) == item.code);
    }
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("labels.pdf")));
    QList<LabelItem> items;
    for (int i = 0; i < 30; ++i)
        items.append({QStringLiteral("Item %1").arg(i), QStringLiteral("￥1.00"), QStringLiteral("6901234567892")});
    CHECK(LabelSheetPrinter::print(printer, items) == 2);  // 24 per A4 sheet
    QFile pdf(printer.outputFileName());
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    CHECK(bytes.startsWith("%PDF"));
    CHECK(bytes.contains("/Count 2"));
}
