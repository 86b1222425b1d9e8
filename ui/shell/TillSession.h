#pragma once
// Everything the till needs while a store is open: the store and the services built on it, and
// who is signed in. Screens get what they need from here through their constructors.

#include "auth/AuditLog.h"
#include "auth/UserService.h"
#include "catalog/PriceSchedule.h"
#include "catalog/ProductCatalog.h"
#include "catalog/ProductSearch.h"
#include "catalog/QuickKeys.h"
#include "common/BusyRunner.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "members/MembersLoyalty.h"
#include "members/MembersModule.h"
#include "sales/CartService.h"
#include "sales/CheckoutService.h"
#include "sales/IdleCheckpoint.h"
#include "sales/PromotionService.h"
#include "sales/ReturnService.h"
#include "sales/SalesContext.h"
#include "sales/ShiftService.h"
#include "sales/receipt/ReceiptDocument.h"
#include "store/Store.h"
#include "shell/TillReturnAuthority.h"
#include "shell/TillWalletReservation.h"
#include "sync/Outbox.h"

#include <memory>
#include <optional>

namespace patron::ui {

class TillSession {
public:
    TillSession(std::unique_ptr<Store> store, std::shared_ptr<Clock> clock);

    Store& store() { return *m_store; }
    const Clock& clock() const { return *m_clock; }
    AuditLog& audit() { return m_audit; }
    Outbox& outbox() { return m_outbox; }
    UserService& users() { return m_users; }
    ProductCatalog& catalog() { return m_catalog; }
    ProductSearch& search() { return m_search; }
    QuickKeys& quickKeys() { return m_quickKeys; }
    PriceSchedule& prices() { return m_prices; }
    MembersModule& members() { return m_members; }
    SalesContext& sales() { return m_sales; }
    CartService& carts() { return m_carts; }
    CheckoutService& checkout() { return m_checkout; }
    ShiftService& shifts() { return m_shifts; }
    PromotionService& promotions() { return m_promotions; }
    ReturnService& returns() { return m_returns; }
    // WAL checkpoints on the till's own connection, run while nobody waits (MainWindow calls
    // checkpoint() when the till has been idle), so no scan or sale pays for one.
    const IdleCheckpoint& checkpoints() const { return m_checkpoint; }
    Result<int> checkpoint() { return m_checkpoint.run(); }

    const std::optional<Session>& user() const { return m_user; }
    void signIn(Session session) { m_user = std::move(session); }
    void signOut() { m_user.reset(); }
    QString storeDescription() const;  // "南京路店 · SH01 · T1"
    // The back office joined or left head office: services that talk to head office follow.
    void headOfficeChanged();
    bool reservesAtHeadOffice() const { return m_walletReservation.joined(); }
    // The stored sale or return as printed; copy marks a reprint.
    Result<ReceiptDocument> receipt(const QString& receiptNo, bool copy);

private:
    std::unique_ptr<Store> m_store;
    std::shared_ptr<Clock> m_clock;
    IdleCheckpoint m_checkpoint;
    AuditLog m_audit;
    Outbox m_outbox;
    UserService m_users;
    ProductCatalog m_catalog;
    ProductSearch m_search;
    QuickKeys m_quickKeys;
    PriceSchedule m_prices;
    // Where calls to head office wait: off the UI thread, a busy dialog when slow.
    BusyRunner m_headOffice;
    // Joined to head office: stored value is reserved there before a spend; else the local rule.
    TillWalletReservation m_walletReservation;
    MembersModule m_members;
    MembersLoyalty m_loyalty;
    SalesContext m_sales;
    CartService m_carts;
    CheckoutService m_checkout;
    ShiftService m_shifts;
    PromotionService m_promotions;
    // Joined to head office: another store's receipt is fetched there and the quantities held
    // before a return (standalone: the till's own sales decide).
    TillReturnAuthority m_returnAuthority;
    ReturnService m_returns;
    std::optional<Session> m_user;
};

} // namespace patron::ui
