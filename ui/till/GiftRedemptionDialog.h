#pragma once
// Points for a gift (积分兑换, Shift+F10 or the member panel's button): the rule book's gifts
// with their points and stock beside the member's balance; what the member cannot afford or is
// out of stock cannot be picked. The first Enter (or press of the button) asks to confirm, the
// second redeems through PointsLedger::redeemGift (one transaction, audited). The slip prints
// afterwards off the UI thread; a printer problem never undoes the redemption.

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace patron::ui {

class TillPrinter;
class TillSession;

class GiftRedemptionDialog : public QDialog {
    Q_OBJECT
public:
    GiftRedemptionDialog(TillSession& session, TillPrinter& printer, qint64 memberId, QWidget* parent = nullptr);
    // The button and Enter: asks to confirm the highlighted gift, then redeems it.
    void confirm();
    QString message() const;

signals:
    // After the redemption is committed; `summary` is what the checkout's message line says.
    void redeemed(const QString& summary);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void loadGifts();
    void disarm();
    void redeem(const QString& giftCode);
    void printSlip(qint64 ledgerEntryId, const QString& giftName, qint64 points);

    TillSession& m_session;
    TillPrinter& m_printer;
    qint64 m_memberId;
    qint64 m_balance = 0;
    QString m_armedCode;  // the gift the cashier was asked to confirm; empty: not asked yet
    QLabel* m_balanceLabel;
    QListWidget* m_gifts;
    QLabel* m_message;
    QPushButton* m_confirm;
};

} // namespace patron::ui
