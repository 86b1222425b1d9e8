#pragma once
// Reprinting a receipt (Ctrl+P): this till's last receipts, or a receipt number typed or
// scanned. The reprint is read from the stored sale and marked as a copy; it never opens the
// drawer.

#include "sales/receipt/ReceiptDocument.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace patron::ui {

class TillPrinter;
class TillSession;

class ReprintDialog : public QDialog {
    Q_OBJECT
public:
    ReprintDialog(TillSession& session, TillPrinter& printer, QWidget* parent = nullptr);

    // Prints a copy of the receipt with that number; false (with the reason shown) otherwise.
    bool reprint(const QString& receiptNo);
    // The last copy printed (or previewed when no printer is set up).
    const std::optional<ReceiptDocument>& lastCopy() const { return m_lastCopy; }

private:
    void loadRecent();

    TillSession& m_session;
    TillPrinter& m_printer;
    QListWidget* m_recent;
    QLineEdit* m_number;
    QPlainTextEdit* m_preview;
    QLabel* m_error;
    std::optional<ReceiptDocument> m_lastCopy;
};

} // namespace patron::ui
