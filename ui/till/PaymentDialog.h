#pragma once
// Taking payment (F9): the amount due, quick cash buttons, change shown large, a split across
// cash, bank card, WeChat Pay, Alipay (a scanned payment code fills the reference, masked),
// stored value and points with the member's balances shown. "Finish" pays once: a second press
// never charges twice. Then the receipt preview, printing (the drawer opens only for cash) and a
// reprint button when the printer fails; the sale stands either way.

#include "devices/scan/ScanRouter.h"
#include "sales/CheckoutService.h"
#include "till/MemberPanel.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace patron::ui {

class ScanKeyFilter;
class TillPrinter;
class TillSession;

class PaymentDialog : public QDialog {
    Q_OBJECT
public:
    PaymentDialog(TillSession& session, TillPrinter& printer, const ScanRouter& router, const Cart& cart,
                  const Quote& quote, std::optional<MemberSummary> member, QWidget* parent = nullptr);

    qint64 dueMinor() const { return m_quote.priced.totalMinor; }
    qint64 remainingMinor() const;  // what is still to pay (0 when covered)
    qint64 changeMinor() const;
    const QList<TenderInput>& tenders() const { return m_tenders; }
    const std::optional<SaleResult>& sale() const { return m_sale; }
    ScanKeyFilter* scanFilter() const { return m_scan; }
    // Adds a tender of `kind` for the amount typed (or what remains); Points take a count.
    void addTender(TenderKind kind);
    void addCash(qint64 amountMinor);
    // The checkout's key for attaching a member (the store's key map), named when points need one.
    void setMemberKey(const QString& key) { m_memberKey = key; }
    // F10: the points tender chosen and the most points this order may take typed in (the
    // member's usable points, capped by what is left to pay and the rules' share of the order);
    // the cashier may change the number, Enter adds the tender.
    void preselectPoints();
    std::optional<TenderKind> preselected() const { return m_preselected; }
    void finish();
    QString receiptText() const;
    // A scanned code (keyboard wedge or serial scanner): a customer's payment code, or a member.
    void onScanned(const QString& code);

signals:
    void paid(const patron::SaleResult& sale);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void printReceipt();
    qint64 tenderValue(const TenderInput& t) const;

    TillSession& m_session;
    TillPrinter& m_printer;
    const ScanRouter& m_router;
    Cart m_cart;
    Quote m_quote;
    std::optional<MemberSummary> m_member;
    QString m_memberKey;
    QList<TenderInput> m_tenders;
    QList<qint64> m_pointsValues;  // the cash value of each Points tender, in m_tenders order
    std::optional<SaleResult> m_sale;
    bool m_paying = false;
    std::optional<TenderKind> m_preselected;  // Enter in the amount field adds this tender

    QLabel* m_due;
    QLabel* m_remaining;
    QLabel* m_change;
    QLabel* m_error;
    QLabel* m_hint;
    QLineEdit* m_amount;
    QLineEdit* m_reference;
    QListWidget* m_list;
    QPushButton* m_finish;
    QPushButton* m_reprint;
    QPlainTextEdit* m_preview;
    ScanKeyFilter* m_scan;
};

} // namespace patron::ui
