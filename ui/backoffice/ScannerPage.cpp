#include "backoffice/ScannerPage.h"

#include "backoffice/ScannerTestField.h"
#include "common/Dialogs.h"
#include "store/TillSettings.h"
#include "till/TillFormat.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSerialPortInfo>
#include <QSpinBox>
#include <QVBoxLayout>

namespace patron::ui {

namespace {
QSpinBox* spin(QWidget* parent, const char* name, int min, int max, const QString& suffix)
{
    auto* s = new QSpinBox(parent);
    s->setObjectName(QString::fromLatin1(name));
    s->setRange(min, max);
    s->setSuffix(suffix);
    return s;
}
} // namespace

ScannerPage::ScannerPage(TillSettings& till, Dialogs& dialogs, QWidget* parent)
    : QWidget(parent), m_till(till), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("scannerPage"));
    m_minLength = spin(this, "minLength", 1, 64, tr(" characters"));
    m_averageGap = spin(this, "maxAverageGapMs", 1, 1000, tr(" ms"));
    m_maxGap = spin(this, "maxGapMs", 1, 1000, tr(" ms"));
    m_prefix = new QLineEdit(this);
    m_prefix->setObjectName(QStringLiteral("prefix"));
    m_suffix = new QLineEdit(this);
    m_suffix->setObjectName(QStringLiteral("suffix"));
    for (QLineEdit* e : {m_prefix, m_suffix})
        e->setPlaceholderText(tr("none"));
    auto* wedgeBox = new QGroupBox(tr("Scanner on this till"), this);
    auto* wedge = new QFormLayout(wedgeBox);
    wedge->addRow(tr("Shortest code"), m_minLength);
    wedge->addRow(tr("Average time between keys, at most"), m_averageGap);
    wedge->addRow(tr("Longest pause between keys"), m_maxGap);
    wedge->addRow(tr("Prefix sent before each code"), m_prefix);
    wedge->addRow(tr("Suffix sent after each code"), m_suffix);

    m_port = new QComboBox(this);
    m_port->setObjectName(QStringLiteral("serialPort"));
    m_port->setEditable(true);
    m_port->addItem(QString());
    for (const QSerialPortInfo& info : QSerialPortInfo::availablePorts())
        m_port->addItem(info.systemLocation());
    m_port->lineEdit()->setPlaceholderText(tr("none (keyboard scanner)"));
    m_baud = new QComboBox(this);
    m_baud->setObjectName(QStringLiteral("serialBaud"));
    for (int b : {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200})
        m_baud->addItem(QString::number(b), b);
    wedge->addRow(tr("Serial port"), m_port);
    wedge->addRow(tr("Baud rate"), m_baud);

    m_cardPrefixes = new QLineEdit(this);
    m_cardPrefixes->setObjectName(QStringLiteral("cardPrefixes"));
    m_cardPrefixes->setPlaceholderText(tr("e.g. 8800, 8801 (empty: no member cards)"));
    m_cardLength = spin(this, "cardLength", 0, 64, QString());
    m_cardLength->setSpecialValueText(tr("any"));
    m_qrPrefix = new QLineEdit(this);
    m_qrPrefix->setObjectName(QStringLiteral("qrPrefix"));
    auto* memberBox = new QGroupBox(tr("Member cards and QR codes"), this);
    auto* member = new QFormLayout(memberBox);
    member->addRow(tr("Card numbers start with"), m_cardPrefixes);
    member->addRow(tr("Card number length"), m_cardLength);
    member->addRow(tr("Member QR code prefix"), m_qrPrefix);

    m_test = new ScannerTestField(this);
    m_test->setObjectName(QStringLiteral("scannerTest"));
    m_test->setPlaceholderText(tr("Click here and scan a barcode"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("scannerTestResult"));
    m_result->setWordWrap(true);
    m_result->setMinimumHeight(48);
    auto* testBox = new QGroupBox(tr("Scanner test (uses the settings on screen)"), this);
    auto* testLayout = new QVBoxLayout(testBox);
    testLayout->addWidget(m_test);
    testLayout->addWidget(m_result);

    auto* save = new QPushButton(tr("Save"), this);
    save->setObjectName(QStringLiteral("save"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("The checkout uses new settings when the back office closes."), this), 1);
    buttons->addWidget(save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(wedgeBox);
    layout->addWidget(memberBox);
    layout->addWidget(testBox);
    layout->addStretch();
    layout->addLayout(buttons);

    QStringList problems;
    showConfig(ScannerConfig::load(till, &problems));
    if (!problems.isEmpty())
        m_result->setText(problems.join(u'\n'));
    applyToTest();
    for (QSpinBox* s : {m_minLength, m_averageGap, m_maxGap})
        connect(s, &QSpinBox::valueChanged, this, &ScannerPage::applyToTest);
    for (QLineEdit* e : {m_prefix, m_suffix})
        connect(e, &QLineEdit::textChanged, this, &ScannerPage::applyToTest);
    connect(m_test, &ScannerTestField::recognised, this, &ScannerPage::onRecognised);
    connect(save, &QPushButton::clicked, this, &ScannerPage::save);
}

void ScannerPage::showConfig(const ScannerConfig& c)
{
    m_minLength->setValue(c.scan.minLength);
    m_averageGap->setValue(c.scan.maxAverageGapMs);
    m_maxGap->setValue(c.scan.maxGapMs);
    m_prefix->setText(c.scan.prefix);
    m_suffix->setText(c.scan.suffix);
    m_cardPrefixes->setText(c.memberRules.cardPrefixes.join(QStringLiteral(", ")));
    m_cardLength->setValue(c.memberRules.cardLength);
    m_qrPrefix->setText(c.memberRules.qrPrefix);
    m_port->setCurrentText(c.serialPort);
    m_baud->setCurrentIndex(std::max(0, m_baud->findData(c.serialBaud)));
}

Result<ScannerConfig> ScannerPage::config() const
{
    ScannerConfig c;
    // Through fromJson, so the page accepts exactly what the till will load.
    auto scan = ScanSettings::fromJson(QJsonObject{{QStringLiteral("minLength"), m_minLength->value()},
                                                   {QStringLiteral("maxAverageGapMs"), m_averageGap->value()},
                                                   {QStringLiteral("maxGapMs"), m_maxGap->value()},
                                                   {QStringLiteral("prefix"), m_prefix->text()},
                                                   {QStringLiteral("suffix"), m_suffix->text()}});
    if (!scan)
        return scan.error();
    if (scan->maxGapMs < scan->maxAverageGapMs)
        return makeError(ErrorCode::InvalidInput,
                         tr("The longest pause cannot be shorter than the average time between keys."));
    c.scan = *scan;
    QJsonArray prefixes;
    for (const QString& p : m_cardPrefixes->text().split(QRegularExpression(QStringLiteral("[,，\\s]+")), Qt::SkipEmptyParts))
        prefixes.append(p);
    auto rules = MemberCodeRules::fromJson(QJsonObject{{QStringLiteral("cardPrefixes"), prefixes},
                                                       {QStringLiteral("cardLength"), m_cardLength->value()},
                                                       {QStringLiteral("qrPrefix"), m_qrPrefix->text().trimmed()}});
    if (!rules)
        return rules.error();
    c.memberRules = *rules;
    c.serialPort = m_port->currentText().trimmed();
    c.serialBaud = m_baud->currentData().toInt();
    return c;
}

void ScannerPage::save()
{
    auto c = config();
    if (!c) {
        m_dialogs.warning(this, tr("Scanner"), c.message());
        return;
    }
    c->save(m_till);
    m_dialogs.information(this, tr("Scanner"), tr("Saved."));
}

void ScannerPage::applyToTest()
{
    if (auto c = config())
        m_test->setSettings(c->scan);
}

QString ScannerPage::testResult() const { return m_result->text(); }

void ScannerPage::onRecognised(bool scan, const QString& text)
{
    if (!scan) {
        m_result->setText(tr("Typing (too slow or too short for a scan): “%1”. At the till this is a search.").arg(text));
        return;
    }
    m_result->setText(tr("Scan: %1").arg(describeRoute(text)));
}

QString ScannerPage::describeRoute(const QString& code) const
{
    auto c = config();
    if (!c)
        return c.message();
    const ScanRouter router(ScaleLayout::defaults(), c->memberRules);
    const ScanTarget target = router.route(code, ScanContext::Sale);
    if (const auto* p = std::get_if<ProductCode>(&target))
        return tr("product barcode %1").arg(p->barcode.normalized);
    if (const auto* label = std::get_if<ScaleLabel>(&target)) {
        QString text = tr("scale label, PLU %1").arg(label->plu);
        if (label->amountMinor)
            text += tr(", amount %1").arg(yuan(*label->amountMinor));
        if (label->weightMilli)
            text += tr(", weight %1 kg").arg(quantityText(*label->weightMilli, true));
        return text;
    }
    if (const auto* card = std::get_if<MemberCode>(&target))
        return card->fromQr ? tr("member QR code, card %1").arg(card->cardNumber)
                            : tr("member card %1").arg(card->cardNumber);
    if (const auto* receipt = std::get_if<ReceiptRef>(&target))
        return tr("receipt %1 (starts a return)").arg(receipt->text);
    // At the checkout a payment code is refused; the payment screen takes it. Never shown whole.
    if (const auto provider = paymentProviderOf(code))
        return tr("%1 payment code %2 (taken on the payment screen)")
            .arg(*provider == PaymentProvider::WeChat ? tr("WeChat") : tr("Alipay"), maskedPaymentCode(code));
    if (const auto* unknown = std::get_if<UnknownCode>(&target))
        return tr("not usable: %1").arg(unknown->reason.message);
    return QString();
}

} // namespace patron::ui
