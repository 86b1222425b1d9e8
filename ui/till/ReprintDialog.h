#pragma once
// Reprinting a receipt or slip (Ctrl+P): this till's last receipts with the members' top-up and
// gift slips among them, or a receipt number typed or scanned. The reprint is read from the
// stored sale or ledger entry and marked as a copy; it never opens the drawer.

#include "sales/receipt/ReceiptDocument.h"
#include "till/RecentSlips.h"

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
    // Prints a copy of a top-up or gift slip; false (with the reason shown) otherwise.
    bool reprintSlip(const RecentSlip& slip);
    // The last copy printed (or previewed when no printer is set up).
    const std::optional<ReceiptDocument>& lastCopy() const { return m_lastCopy; }

private:
    void loadRecent();
    // The typed number, else the chosen slip.
    bool printChosen();
    void printCopy(const ReceiptDocument& doc);

    TillSession& m_session;
    TillPrinter& m_printer;
    QListWidget* m_recent;
    QLineEdit* m_number;
    QPlainTextEdit* m_preview;
    QLabel* m_error;
    std::optional<ReceiptDocument> m_lastCopy;
    QList<RecentSlip> m_slips;
};

} // namespace patron::ui
