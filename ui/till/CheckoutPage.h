#pragma once
// The checkout screen (收银): one scan/search field that keeps focus for the scanner, the cart,
// the totals, the attached member, the quick keys for goods without a barcode, and the function
// keys (the store's TillKeyMap; F1 by default shows them all). Scans (keyboard wedge or a serial scanner) are routed by ScanRouter:
// product, scale label, member card or QR, receipt. Actions the cashier may not do ask for a
// manager's PIN through TillPrompts.

#include "catalog/Product.h"
#include "devices/scan/ScanRouter.h"
#include "sales/Cart.h"
#include "sales/CheckoutService.h"
#include "till/MemberPanel.h"
#include "till/ScannerConfig.h"
#include "till/TillKeyMap.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QDialog;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QShortcut;
class QTableView;


namespace patron {
class SerialScanner;
struct QuickKey;
}

namespace patron::ui {

class CartTableModel;
class CustomerDisplay;
class Dialogs;
class HelpOverlay;
class PaymentDialog;
class QuickKeyPanel;
class ReprintDialog;
class ReturnDialog;
class ScanKeyFilter;
class TillPrinter;
class TillPrompts;
class TillSession;
class TotalsPanel;
class UnknownCodeBar;

class CheckoutPage : public QWidget {
    Q_OBJECT
public:
    CheckoutPage(TillSession& session, TillPrompts& prompts, TillPrinter& printer, ScannerConfig scanner,
                 QWidget* parent = nullptr);
    ~CheckoutPage() override;

    // Loads the signed-in cashier's open cart (a restart or a lock loses nothing).
    void begin();
    const Cart& cart() const { return m_cart; }
    CartTableModel* cartModel() const { return m_model; }
    ScanKeyFilter* scanFilter() const { return m_scan; }
    PaymentDialog* paymentDialog() const;
    QuickKeyPanel* quickKeys() const { return m_quickKeys; }
    UnknownCodeBar* unknownCode() const { return m_unknown; }
    SerialScanner* serialScanner() const { return m_serial.get(); }
    // The customer-facing window on the second screen; null with one screen.
    CustomerDisplay* customerDisplay() const { return m_customer; }
    // Applies the till's scanner settings: classifier thresholds, member-card rules, and the
    // serial scanner (re)opened on its port; a port that fails is said in the message line.
    void setScannerConfig(const ScannerConfig& config);
    // The store's function keys (TillKeyMap): shortcuts, key captions and the help overlay.
    const TillKeyMap& keyMap() const { return m_keys; }
    void setKeyMap(const TillKeyMap& keys);
    // Reads the map again from the store's settings (the back office may have changed it); a
    // stored map that cannot be used is said in the message line and the defaults apply.
    void reloadKeyMap();
    QString message() const;

    void onScanned(const QString& code);
    void onTyped(const QString& text);
    // A scan from the serial scanner: the checkout's, or the payment screen's while it is open.
    void onSerialScanned(const QString& code);
    void onQuickKey(const QuickKey& key);
    void arrangeQuickKeys();
    // "Add product" for the unknown barcode: with the cashier's rights or a manager's override.
    void addUnknownProduct(const QString& code);
    void searchInstead(const QString& code);
    void openMember();
    void changeQuantity();
    void lineDiscount();
    void changePrice();
    void removeLine();
    void hold();
    void resumeHeld();
    void topUp();
    // Member details (Ctrl+F2) and the member panel's button: the attached member's details (edit, history).
    void memberDetails();
    // The gift key (Shift+F10) and the member panel's button: points for a gift (积分兑换).
    void redeemGift();
    void pay(bool pointsFirst = false);
    void openShift();
    // The return keys (F11, Ctrl+R) ask for the receipt; a scanned receipt barcode comes here directly.
    void startReturn(const QString& receiptNo = QString());
    void reprint();
    ReturnDialog* returnDialog() const;
    ReprintDialog* reprintDialog() const;

signals:
    void statusChanged();
    void lockRequested();
    void backOfficeRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildLayout();
    void bindKeys();
    std::function<void()> actionFor(TillAction action);
    QString attachMemberFirst() const;
    void addProduct(const Product& product, const QString& scannedCode, qint64 qtyMilli = 1000);
    void reloadQuickKeys();
    void openSerialScanner();
    // The signed-in user when they may edit the catalog, else a manager's override; nullopt
    // (with the reason shown) when nobody signs off.
    std::optional<Session> catalogEditor(const QString& why);
    void attachMember(qint64 memberId);
    bool ensureShift();
    void apply(Result<Cart> changed);
    void refresh();
    void runSearch();
    int selectedLineNo() const;
    std::optional<MemberSummary> memberSummary() const;
    void showMessage(const QString& text, bool error = true);
    void openModal(QDialog* dialog);
    template <typename Fn>
    void withOverride(const QString& permission, const QString& why, Fn&& action);

    TillSession& m_session;
    TillPrompts& m_prompts;
    TillPrinter& m_printer;
    ScannerConfig m_config;
    TillKeyMap m_keys;
    QHash<TillAction, QShortcut*> m_shortcuts;
    QHash<TillAction, QPushButton*> m_keyButtons;
    QPushButton* m_payButton = nullptr;
    ScanRouter m_router;
    Cart m_cart;
    Quote m_quote;

    QLineEdit* m_scanField;
    QListWidget* m_results;
    QTableView* m_table;
    QLabel* m_message;
    UnknownCodeBar* m_unknown;
    QuickKeyPanel* m_quickKeys;
    CartTableModel* m_model;
    TotalsPanel* m_totals;
    MemberPanel* m_member;
    HelpOverlay* m_help;
    ScanKeyFilter* m_scan = nullptr;
    QPointer<PaymentDialog> m_payment;
    QPointer<ReturnDialog> m_return;
    QPointer<ReprintDialog> m_reprint;
    CustomerDisplay* m_customer = nullptr;
    QList<Product> m_found;
    std::unique_ptr<SerialScanner> m_serial;
};

} // namespace patron::ui
