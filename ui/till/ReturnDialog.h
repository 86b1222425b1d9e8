#pragma once
// A return against a receipt (scanned on the checkout screen, or F11): the receipt's lines with
// what was sold and already returned, the lines and quantities coming back, a reason, then one
// return (a manager's PIN when the cashier may not refund). The refunds per tender come from the
// stored return; the slip prints and the drawer opens when cash goes back. Another till's receipt
// the till holds no copy of opens asking for the total printed on it (head office checks it
// before it hands the sale over); the lines appear once head office answered.

#include "sales/ReturnService.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace patron::ui {

class TillPrinter;
class TillPrompts;
class TillSession;

class ReturnDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { Item, Sold, Returned, Quantity, Refund };

    ReturnDialog(TillSession& session, TillPrompts& prompts, TillPrinter& printer, const QString& receiptNo,
                 const QList<ReturnableLine>& lines, QWidget* parent = nullptr);

    // Opens asking for the receipt's total (ReturnService::needsReceiptTotal); the lines come
    // from head office when the cashier looks the receipt up.
    void askReceiptTotal();
    // Fetches the lines with the total typed in.
    void lookUp();
    // Ticks the line (as printed on the receipt) and sets how much of it comes back.
    void pick(int lineNo, qint64 qtyMilli);
    // The preview: line nets in proportion to the quantity picked (the stored return decides).
    qint64 estimatedRefundMinor() const;
    void submit();
    const std::optional<ReturnResult>& result() const { return m_result; }
    QString slipText() const;

signals:
    void returned(const patron::ReturnResult& result);

private:
    void fillTable();
    void setLinesEnabled(bool enabled);
    void updateEstimate();
    // The picked items, or nullopt with the reason shown.
    std::optional<QList<ReturnItem>> pickedItems();
    void showResult();

    TillSession& m_session;
    TillPrompts& m_prompts;
    TillPrinter& m_printer;
    QString m_receiptNo;
    QList<ReturnableLine> m_lines;
    QWidget* m_totalRow;
    QLineEdit* m_total;
    QTableWidget* m_table;
    QComboBox* m_reason;
    QLabel* m_estimate;
    QLabel* m_error;
    QLabel* m_refunds;
    QPlainTextEdit* m_slip;
    QPushButton* m_submit;
    std::optional<ReturnResult> m_result;
};

} // namespace patron::ui
