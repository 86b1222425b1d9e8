#pragma once
// A return against a receipt (scanned on the checkout screen, or F11): the receipt's lines with
// what was sold and already returned, the lines and quantities coming back, a reason, then one
// return (a manager's PIN when the cashier may not refund). The refunds per tender come from the
// stored return; the slip prints and the drawer opens when cash goes back.

#include "sales/ReturnService.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
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
    void updateEstimate();
    // The picked items, or nullopt with the reason shown.
    std::optional<QList<ReturnItem>> pickedItems();
    void showResult();

    TillSession& m_session;
    TillPrompts& m_prompts;
    TillPrinter& m_printer;
    QString m_receiptNo;
    QList<ReturnableLine> m_lines;
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
