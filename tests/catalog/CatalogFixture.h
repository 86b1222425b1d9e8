#pragma once
// A fresh store with the catalog services, a cashier and a few input helpers, for the catalog tests.

#include "TempStore.h"
#include "TestEnv.h"

#include "catalog/ProductCatalog.h"

namespace patron::test {

struct CatalogFixture {
    TempStore t;
    ProductCatalog catalog{t.db(), t.audit(), t.outbox(), t.clock()};

    // A signed-in cashier: may sell, may not edit the catalog.
    Session cashier()
    {
        REQUIRE_OK(t.users().add(t.admin(), QStringLiteral("xiaoli"), QStringLiteral("小李"), QStringLiteral("cashier"),
                                 QStringLiteral("8888")));
        auto s = t.users().authenticate(QStringLiteral("xiaoli"), QStringLiteral("8888"));
        REQUIRE_OK(s);
        return *s;
    }

    qint64 rows(const char* table)
    {
        const QByteArray sql = QByteArrayLiteral("SELECT count(*) FROM ") + table;
        return t.db().queryInt64(sql.constData()).value_or(-1);
    }

    // The SKU a scanned or typed code finds, or the error's message (so a miss prints, not crashes).
    QString skuFor(const QString& code)
    {
        auto p = catalog.lookupCode(code);
        return p ? p->sku : QStringLiteral("<%1>").arg(p.message());
    }

    // Adds a product as the administrator and returns it (REQUIREs success).
    Product add(const QString& sku, const QString& name, qint64 priceMinor, const QStringList& barcodes = {})
    {
        ProductInput in;
        in.sku = sku;
        in.name = name;
        in.priceMinor = priceMinor;
        if (!barcodes.isEmpty())
            in.barcodes = barcodes;
        auto p = catalog.add(t.admin(), in);
        REQUIRE_OK(p);
        return *p;
    }
};

} // namespace patron::test
