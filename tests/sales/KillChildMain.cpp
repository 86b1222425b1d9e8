// The victim of the receipt-number crash test: opens the store given on the command line and
// sells product A1 for cash in a loop, printing each receipt number once its sale is committed,
// until the test kills it (SIGKILL) at some arbitrary point inside a checkout.
//
// usage: patron_kill_child STORE_DIR PASSPHRASE

#include "auth/AuditLog.h"
#include "auth/UserService.h"
#include "catalog/ProductCatalog.h"
#include "common/Clock.h"
#include "sales/CartService.h"
#include "sales/CheckoutService.h"
#include "sales/LoyaltyPort.h"
#include "sales/SalesContext.h"
#include "store/Store.h"
#include "sync/Outbox.h"

#include <QCoreApplication>

#include <cstdio>

using namespace patron;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: patron_kill_child STORE_DIR PASSPHRASE\n");
        return 2;
    }
    auto store = Store::openWithPassphrase(QString::fromLocal8Bit(argv[1]), QByteArray(argv[2]));
    if (!store) {
        std::fprintf(stderr, "open: %s\n", qPrintable(store.message()));
        return 1;
    }
    Database& db = (*store)->db();
    const std::shared_ptr<Clock> clock = systemClock();
    AuditLog audit(db, *clock);
    Outbox outbox(db, (*store)->identity().storeCode, (*store)->identity().tillCode, *clock);
    UserService users(db, audit, outbox, *clock);
    ProductCatalog catalog(db, audit, outbox, *clock);
    NoLoyalty loyalty;
    SalesContext ctx{db, *clock, audit, outbox, catalog, loyalty, (*store)->identity(), (*store)->receiptEpoch()};
    CartService carts(ctx);
    CheckoutService checkout(ctx);
    auto cashier = users.authenticate(QStringLiteral("admin"), QStringLiteral("1234"));
    const auto product = catalog.findBySku(QStringLiteral("A1"));
    if (!cashier || !product) {
        std::fprintf(stderr, "setup: no admin or no product A1\n");
        return 1;
    }
    for (int n = 1;; ++n) {
        auto cart = carts.openCart(*cashier);
        if (!cart)
            return 1;
        if (!carts.addProduct(cart->uuid, *product, 1000 * (1 + n % 3)))
            return 1;
        auto sale = checkout.pay(*cashier, cart->uuid, {{TenderKind::Cash, 10000, 0, {}}});
        if (!sale) {
            std::fprintf(stderr, "pay: %s\n", qPrintable(sale.message()));
            return 1;
        }
        std::printf("%s\n", qPrintable(sale->receiptNo));
        std::fflush(stdout);
    }
}
