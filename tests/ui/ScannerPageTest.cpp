// The scanner settings: read from the till's INI (defaults when absent, bad JSON reported), the
// back office's scanner page with its live test field, and the checkout taking them up.

#include "BackOfficeFixture.h"
#include "TillFixture.h"

#include "backoffice/ScannerPage.h"
#include "backoffice/ScannerTestField.h"
#include "till/ScannerConfig.h"
#include "till/UnknownCodeBar.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {
struct PageUnderTest {
    QTemporaryDir tmp;
    TillSettings settings{tmp.filePath(QStringLiteral("till.ini"))};
    RecordingDialogs dialogs;
    std::unique_ptr<ScannerPage> page;
    qint64 fakeMs = 1000;

    PageUnderTest()
    {
        ensureApp();
        page = std::make_unique<ScannerPage>(settings, dialogs);
        page->testField()->setTimeSource([this] { return fakeMs; });
        page->resize(900, 700);
        page->show();
    }
    QString scan(const QString& text, int gapMs)
    {
        ScannerTestField* f = page->testField();
        for (QChar c : text) {
            fakeMs += gapMs;
            QTest::keyClick(f, c.toLatin1());
        }
        fakeMs += gapMs;
        QTest::keyClick(f, Qt::Key_Return);
        return page->testResult();
    }
    template <typename W>
    W* field(const char* name) { return page->findChild<W*>(QString::fromLatin1(name)); }
};
} // namespace

TEST_CASE("Scanner settings load from the till INI with defaults and survive a round trip", "[ui][scanner]")
{
    QTemporaryDir tmp;
    TillSettings settings(tmp.filePath(QStringLiteral("till.ini")));
    QStringList problems;
    ScannerConfig c = ScannerConfig::load(settings, &problems);
    CHECK(problems.isEmpty());
    CHECK(c.scan.minLength == ScanSettings{}.minLength);
    CHECK(c.memberRules.cardPrefixes.isEmpty());
    CHECK(c.serialPort.isEmpty());
    CHECK(c.serialBaud == 9600);

    c.scan.minLength = 4;
    c.scan.prefix = QStringLiteral("#");
    c.memberRules.cardPrefixes = {QStringLiteral("8800")};
    c.memberRules.cardLength = 8;
    c.serialPort = QStringLiteral("/dev/ttyUSB0");
    c.serialBaud = 115200;
    c.save(settings);
    // Stored as JSON text in the INI, readable by a person fixing a till.
    CHECK(settings.value(QStringLiteral("scanner/settings")).toString().contains(QStringLiteral("\"minLength\":4")));
    const ScannerConfig back = ScannerConfig::load(TillSettings(settings.fileName()), &problems);
    CHECK(problems.isEmpty());
    CHECK(back.scan.minLength == 4);
    CHECK(back.scan.prefix == QStringLiteral("#"));
    CHECK(back.memberRules.cardPrefixes == QStringList{QStringLiteral("8800")});
    CHECK(back.memberRules.cardLength == 8);
    CHECK(back.serialPort == QStringLiteral("/dev/ttyUSB0"));
    CHECK(back.serialBaud == 115200);

    settings.setValue(QStringLiteral("scanner/settings"), QStringLiteral("{not json"));
    settings.setValue(QStringLiteral("scanner/memberRules"), QStringLiteral("{\"cardLength\": 500}"));
    settings.setValue(QStringLiteral("scanner/serialBaud"), 12345);
    problems.clear();
    const ScannerConfig broken = ScannerConfig::load(settings, &problems);
    CHECK(problems.size() == 3);
    CHECK(broken.scan.minLength == ScanSettings{}.minLength);
    CHECK(broken.memberRules.cardLength == 0);
    CHECK(broken.serialBaud == 9600);
    CHECK(broken.serialPort == QStringLiteral("/dev/ttyUSB0"));  // what was fine is kept
}

TEST_CASE("The scanner test field shows scan or typing and the route, payment codes masked", "[ui][scanner]")
{
    useLanguage(QStringLiteral("en"));
    PageUnderTest t;
    CHECK(t.scan(ean("1005"), 8).contains(QStringLiteral("product barcode %1").arg(ean("1005"))));
    CHECK(t.scan(ean("1005"), 150).startsWith(QStringLiteral("Typing")));
    CHECK(t.scan(QStringLiteral("RSH01-T1-1-000123"), 8).contains(QStringLiteral("receipt RSH01-T1-1-000123")));
    CHECK(t.scan(QStringLiteral("PATRON:M:88000123"), 8).contains(QStringLiteral("member QR code, card 88000123")));

    const QString wechat = QStringLiteral("134567890123456789");
    const QString shown = t.scan(wechat, 8);
    CHECK(shown.contains(QStringLiteral("WeChat")));
    CHECK(shown.contains(maskedPaymentCode(wechat)));
    CHECK_FALSE(shown.contains(wechat));

    // A scale label with the default layout (flag 2, PLU, price).
    QString label = QStringLiteral("2010001012345");
    label[12] = QChar(u'0' + *gs1CheckDigit(label.left(12)));
    CHECK(t.scan(label, 8).contains(QStringLiteral("scale label")));

    // Member cards follow the rules on screen, before they are saved.
    t.field<QLineEdit>("cardPrefixes")->setText(QStringLiteral("8800, 8801"));
    t.field<QSpinBox>("cardLength")->setValue(8);
    CHECK(t.scan(QStringLiteral("88010042"), 8).contains(QStringLiteral("member card 88010042")));

    // A prefix makes even slow keys a scan.
    t.field<QLineEdit>("prefix")->setText(QStringLiteral("#"));
    CHECK(t.scan(QStringLiteral("#") + ean("1005"), 150).contains(QStringLiteral("product barcode")));
}

TEST_CASE("The scanner page saves what the till will load and refuses nonsense", "[ui][scanner]")
{
    useLanguage(QStringLiteral("en"));
    PageUnderTest t;
    t.field<QSpinBox>("minLength")->setValue(5);
    t.field<QSpinBox>("maxAverageGapMs")->setValue(40);
    t.field<QSpinBox>("maxGapMs")->setValue(80);
    t.field<QLineEdit>("suffix")->setText(QStringLiteral("$"));
    t.field<QLineEdit>("cardPrefixes")->setText(QStringLiteral("8800，8801"));  // a Chinese comma too
    t.field<QComboBox>("serialPort")->setCurrentText(QStringLiteral("/dev/ttyS3"));
    t.field<QComboBox>("serialBaud")->setCurrentIndex(t.field<QComboBox>("serialBaud")->findData(19200));
    QTest::mouseClick(t.field<QPushButton>("save"), Qt::LeftButton);
    CHECK(t.dialogs.warnings == 0);
    ScannerConfig c = ScannerConfig::load(t.settings);
    CHECK(c.scan.minLength == 5);
    CHECK(c.scan.maxAverageGapMs == 40);
    CHECK(c.scan.maxGapMs == 80);
    CHECK(c.scan.suffix == QStringLiteral("$"));
    CHECK(c.memberRules.cardPrefixes == QStringList{QStringLiteral("8800"), QStringLiteral("8801")});
    CHECK(c.serialPort == QStringLiteral("/dev/ttyS3"));
    CHECK(c.serialBaud == 19200);

    // A single pause shorter than the average allowed makes no sense: refused, nothing saved.
    t.field<QSpinBox>("maxGapMs")->setValue(20);
    QTest::mouseClick(t.field<QPushButton>("save"), Qt::LeftButton);
    CHECK(t.dialogs.warnings == 1);
    CHECK(ScannerConfig::load(t.settings).scan.maxGapMs == 80);
}

TEST_CASE("The checkout takes up the till's scanner settings", "[ui][till][scanner]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    till.prompts.answers = {QStringLiteral("0")};
    // Default settings: slow keys with a "#" are typing, a search that finds nothing.
    till.keys(QStringLiteral("#") + ean("1005"), 150);
    CHECK(till.lines() == 0);
    till.scanField()->clear();

    ScannerConfig c = ScannerConfig::load(till.settings);
    c.scan.prefix = QStringLiteral("#");
    c.memberRules.cardPrefixes = {QStringLiteral("8800")};
    c.memberRules.cardLength = 8;
    c.save(till.settings);
    till.checkout()->setScannerConfig(ScannerConfig::load(till.settings));

    till.keys(QStringLiteral("#") + ean("1005"), 150);  // the prefix: a scan however slow
    REQUIRE(till.lines() == 1);
    // A card number under the store's rules is a member, not an unknown product.
    till.keys(QStringLiteral("88009999"), 8);
    CHECK_FALSE(till.checkout()->unknownCode()->isVisible());
    CHECK_FALSE(till.checkout()->message().isEmpty());
    CHECK(till.lines() == 1);
}

TEST_CASE("The back office has a scanner page for those who edit settings", "[ui][scanner]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;  // admin
    bo.open();
    REQUIRE(bo.window->showPage(QStringLiteral("scannerPage")));
    CHECK(qobject_cast<ScannerPage*>(bo.window->currentPage()));
}
