#pragma once
// PrinterPage: this till's receipt printer (address, character set, paper width, drawer pin and
// pulse; per-till settings) and the store's receipt texts and logo (store settings), with a
// live preview of a sample receipt and an asynchronous test print.

#include "auth/UserService.h"
#include "sales/receipt/ReceiptBranding.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace patron {
class AuditLog;
class Clock;
class Database;
class PrinterService;
class StoreSettings;
class TillSettings;
struct PrintOutcome;
}

namespace patron::ui {

class Dialogs;
class FileChooser;

class PrinterPage : public QWidget {
    Q_OBJECT
public:
    PrinterPage(TillSettings& till, Database& db, StoreSettings& storeSettings, AuditLog& audit, const Clock& clock,
                QString storeName, Session actor, Dialogs& dialogs, FileChooser& files, PrinterService& printer,
                QWidget* parent = nullptr);

    void save();
    void chooseLogo();
    void clearLogo();
    void testPrint();
    void updatePreview();
    const QImage& previewImage() const { return m_previewImage; }
    const ReceiptBranding& branding() const { return m_branding; }

private:
    void onPrinted(const PrintOutcome& outcome);
    int paperDots() const;

    TillSettings& m_till;
    Database& m_db;
    StoreSettings& m_storeSettings;
    AuditLog& m_audit;
    const Clock& m_clock;
    QString m_storeName;
    Session m_actor;
    Dialogs& m_dialogs;
    FileChooser& m_files;
    PrinterService& m_printer;
    ReceiptBranding m_branding;
    quint64 m_testJob = 0;

    QLineEdit* m_uri;
    QComboBox* m_charset;
    QComboBox* m_paper;
    QComboBox* m_drawerPin;
    QSpinBox* m_pulse;
    QLineEdit* m_address;
    QLineEdit* m_phone;
    QPlainTextEdit* m_footer;
    QLabel* m_logoInfo;
    QLabel* m_preview;
    QLabel* m_printStatus;
    QImage m_previewImage;
};

} // namespace patron::ui
