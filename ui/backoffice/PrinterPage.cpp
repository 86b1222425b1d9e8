#include "backoffice/PrinterPage.h"

#include "backoffice/FileChooser.h"
#include "common/Clock.h"
#include "common/Dialogs.h"
#include "devices/escpos/EscPosEncoder.h"
#include "devices/escpos/PrinterSettings.h"
#include "devices/transport/PrinterService.h"
#include "print/LogoConverter.h"
#include "print/ReceiptPreviewRenderer.h"
#include "sales/receipt/PrinterTestPage.h"
#include "sales/receipt/ReceiptLayouter.h"
#include "store/TillSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace patron::ui {

PrinterPage::PrinterPage(TillSettings& till, Database& db, StoreSettings& storeSettings, AuditLog& audit,
                         const Clock& clock, QString storeName, Session actor, Dialogs& dialogs, FileChooser& files,
                         PrinterService& printer, QWidget* parent)
    : QWidget(parent), m_till(till), m_db(db), m_storeSettings(storeSettings), m_audit(audit), m_clock(clock),
      m_storeName(std::move(storeName)), m_actor(std::move(actor)), m_dialogs(dialogs), m_files(files),
      m_printer(printer), m_branding(ReceiptBranding::load(storeSettings))
{
    setObjectName(QStringLiteral("printerPage"));
    m_uri = new QLineEdit(till.printerUri(), this);
    m_uri->setObjectName(QStringLiteral("printerUri"));
    // The placeholder fits the field; the tooltip has the serial form too.
    m_uri->setPlaceholderText(tr("e.g. tcp://192.168.1.50:9100"));
    m_uri->setToolTip(tr("e.g. tcp://192.168.1.50:9100 or serial:///dev/ttyUSB0?baud=9600"));
    m_charset = new QComboBox(this);
    m_charset->setObjectName(QStringLiteral("charset"));
    m_charset->addItem(tr("Chinese (GB18030)"), QStringLiteral("gb18030"));
    m_charset->addItem(tr("Latin (code page 858)"), QStringLiteral("cp858"));
    m_charset->addItem(tr("Latin (code page 437)"), QStringLiteral("cp437"));
    m_charset->setCurrentIndex(
        std::max(0, m_charset->findData(till.value(QStringLiteral("printer/charset"), QStringLiteral("gb18030")).toString().toLower())));
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paper"));
    m_paper->addItem(tr("58 mm (32 columns)"), 32);
    m_paper->addItem(tr("80 mm (48 columns)"), 48);
    m_paper->setCurrentIndex(till.paperColumns() == 32 ? 0 : 1);
    m_drawerPin = new QComboBox(this);
    m_drawerPin->setObjectName(QStringLiteral("drawerPin"));
    m_drawerPin->addItem(tr("Pin 2"), 2);
    m_drawerPin->addItem(tr("Pin 5"), 5);
    m_drawerPin->setCurrentIndex(till.value(QStringLiteral("printer/drawerPin")).toInt() == 5 ? 1 : 0);
    m_pulse = new QSpinBox(this);
    m_pulse->setObjectName(QStringLiteral("drawerPulse"));
    m_pulse->setRange(2, 510);  // ESC p sends it in 2 ms units in one byte
    m_pulse->setSuffix(tr(" ms"));
    m_pulse->setValue(printerProfileFromSettings(till).drawerOnMs);

    auto* printerBox = new QGroupBox(tr("Printer on this till"), this);
    auto* printerForm = new QFormLayout(printerBox);
    printerForm->addRow(tr("Address"), m_uri);
    printerForm->addRow(tr("Character set"), m_charset);
    printerForm->addRow(tr("Paper"), m_paper);
    printerForm->addRow(tr("Cash drawer"), m_drawerPin);
    printerForm->addRow(tr("Drawer pulse"), m_pulse);

    m_address = new QLineEdit(m_branding.address, this);
    m_address->setObjectName(QStringLiteral("address"));
    m_phone = new QLineEdit(m_branding.phone, this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_footer = new QPlainTextEdit(m_branding.footer, this);
    m_footer->setObjectName(QStringLiteral("footer"));
    m_footer->setMaximumHeight(80);
    m_logoInfo = new QLabel(this);
    m_logoInfo->setObjectName(QStringLiteral("logoInfo"));
    auto* chooseLogo = new QPushButton(tr("Choose logo…"), this);
    chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    auto* clearLogo = new QPushButton(tr("No logo"), this);
    clearLogo->setObjectName(QStringLiteral("clearLogo"));
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoInfo, 1);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(clearLogo);
    auto* receiptBox = new QGroupBox(tr("Receipt (all tills of this store)"), this);
    auto* receiptForm = new QFormLayout(receiptBox);
    receiptForm->addRow(tr("Address"), m_address);
    receiptForm->addRow(tr("Phone"), m_phone);
    receiptForm->addRow(tr("Footer"), m_footer);
    receiptForm->addRow(tr("Logo"), logoRow);

    auto* save = new QPushButton(tr("Save"), this);
    save->setObjectName(QStringLiteral("save"));
    auto* test = new QPushButton(tr("Print test page"), this);
    test->setObjectName(QStringLiteral("testPrint"));
    m_printStatus = new QLabel(this);
    m_printStatus->setObjectName(QStringLiteral("printStatus"));
    m_printStatus->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_printStatus, 1);
    buttons->addWidget(test);
    buttons->addWidget(save);

    auto* left = new QVBoxLayout;
    left->addWidget(printerBox);
    left->addWidget(receiptBox);
    left->addStretch();
    left->addLayout(buttons);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(420);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addWidget(scroll, 2);

    for (QComboBox* c : {m_charset, m_paper})
        connect(c, &QComboBox::currentIndexChanged, this, &PrinterPage::updatePreview);
    connect(m_address, &QLineEdit::textChanged, this, &PrinterPage::updatePreview);
    connect(m_phone, &QLineEdit::textChanged, this, &PrinterPage::updatePreview);
    connect(m_footer, &QPlainTextEdit::textChanged, this, &PrinterPage::updatePreview);
    connect(chooseLogo, &QPushButton::clicked, this, &PrinterPage::chooseLogo);
    connect(clearLogo, &QPushButton::clicked, this, &PrinterPage::clearLogo);
    connect(save, &QPushButton::clicked, this, &PrinterPage::save);
    connect(test, &QPushButton::clicked, this, &PrinterPage::testPrint);
    connect(&m_printer, &PrinterService::finished, this, &PrinterPage::onPrinted);
    updatePreview();
}

int PrinterPage::paperDots() const { return m_paper->currentData().toInt() == 32 ? 384 : 576; }

void PrinterPage::updatePreview()
{
    m_branding.address = m_address->text();
    m_branding.phone = m_phone->text();
    m_branding.footer = m_footer->toPlainText();
    m_logoInfo->setText(m_branding.logo.isNull()
                            ? tr("none")
                            : tr("%1 x %2 dots").arg(m_branding.logo.width()).arg(m_branding.logo.height()));
    const int columns = m_paper->currentData().toInt();
    auto charset = PrinterProfile::parseCharset(m_charset->currentData().toString());
    const PrinterProfile profile = (!charset || *charset == PrinterProfile::Charset::Gb18030)
        ? PrinterProfile::chinese(columns)
        : PrinterProfile::latin(columns, *charset);

    // A sample sale, so texts, widths and codes can be judged before anything is printed.
    ReceiptDocument doc;
    doc.header.storeName = m_storeName;
    m_branding.applyTo(doc);
    doc.receiptNumber = QStringLiteral("R-SAMPLE-000123");
    doc.issuedAt = m_clock.now();
    doc.cashier = m_actor.userName;
    doc.lines = {{tr("Sample: mineral water 550ml"), 2000, QString(), 200, 400, 0, {}},
                 {tr("Sample: apples"), 525, QStringLiteral("kg"), 1200, 630, 0, {}}};
    doc.totals = {3, 1030, 0, 0, 1030};
    doc.tenders = {{tr("Cash"), 2000, {}}};
    doc.changeMinor = 970;
    doc.barcodeValue = doc.receiptNumber;
    const ReceiptLayout layout = ReceiptLayouter(columns, profile.measure()).layout(doc);
    m_previewImage = ReceiptPreviewRenderer(profile).render(layout);
    m_preview->setPixmap(QPixmap::fromImage(m_previewImage));
}

void PrinterPage::chooseLogo()
{
    const QString path = m_files.openFile(this, tr("Receipt logo"), tr("Pictures (*.png *.jpg *.jpeg *.bmp)"));
    if (path.isEmpty())
        return;
    auto logo = LogoConverter::convertFile(path, paperDots(), LogoConverter::Mode::Dither);
    if (!logo) {
        m_dialogs.warning(this, tr("Receipt logo"), logo.message());
        return;
    }
    m_branding.logo = *logo;
    updatePreview();
}

void PrinterPage::clearLogo()
{
    m_branding.logo = MonoBitmap();
    updatePreview();
}

void PrinterPage::save()
{
    // A logo chosen for 80 mm paper would be cut off on 58 mm: shrink it with the paper.
    if (m_branding.logo.width() > paperDots()) {
        m_dialogs.warning(this, tr("Receipt logo"), tr("The logo is wider than this paper; choose it again."));
        return;
    }
    auto saved = ReceiptBranding::save(m_db, m_storeSettings, m_audit, m_actor, m_branding);
    if (!saved) {
        m_dialogs.warning(this, tr("Printer and receipt"), saved.message());
        return;
    }
    m_till.setPrinterUri(m_uri->text().trimmed());
    m_till.setPaperColumns(m_paper->currentData().toInt());
    m_till.setValue(QStringLiteral("printer/charset"), m_charset->currentData().toString());
    m_till.setValue(QStringLiteral("printer/drawerPin"), m_drawerPin->currentData().toInt());
    m_till.setValue(QStringLiteral("printer/drawerPulseMs"), m_pulse->value());
    m_till.sync();
    m_dialogs.information(this, tr("Printer and receipt"), tr("Saved."));
}

void PrinterPage::testPrint()
{
    const QString uri = m_uri->text().trimmed();
    if (uri.isEmpty()) {
        m_dialogs.warning(this, tr("Test print"), tr("Enter the printer's address first."));
        return;
    }
    // The test uses what is on screen, saved or not, so a setting can be tried before keeping it.
    const int columns = m_paper->currentData().toInt();
    auto charset = PrinterProfile::parseCharset(m_charset->currentData().toString());
    PrinterProfile profile = (!charset || *charset == PrinterProfile::Charset::Gb18030)
        ? PrinterProfile::chinese(columns)
        : PrinterProfile::latin(columns, *charset);
    PrintJob job;
    job.printerUri = uri;
    job.bytes = EscPosEncoder(profile).encode(makePrinterTestPage(columns, m_clock.now()));
    job.queryStatus = profile.queryStatus;
    m_printStatus->setText(tr("Printing…"));
    m_testJob = m_printer.submit(std::move(job));
}

void PrinterPage::onPrinted(const PrintOutcome& outcome)
{
    if (outcome.jobId != m_testJob)
        return;
    m_printStatus->setText(outcome.ok ? tr("Test page sent (%n byte(s)).", nullptr, int(outcome.report.bytesSent))
                                      : tr("Test print failed: %1").arg(outcome.error.message));
}

} // namespace patron::ui
