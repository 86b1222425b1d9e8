// pinLocalTimeZone, and the business-day cut-off with local time in a zone of +08 without DST
// and in UTC, chosen through TZ as a till's system would.

#include "SalesFixture.h"

#include "common/Clock.h"
#include "sales/BusinessDay.h"

#include <QFileInfo>

#include <ctime>

using namespace patron;
using namespace patron::test;

namespace {

// Sets TZ for one test and puts the process's zone back after it.
class ZoneScope {
public:
    explicit ZoneScope(const char* tz) : m_had(qEnvironmentVariableIsSet("TZ")), m_old(qgetenv("TZ"))
    {
        if (tz)
            qputenv("TZ", tz);
        else
            qunsetenv("TZ");
        tzset();
    }
    ~ZoneScope()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }

private:
    bool m_had;
    QByteArray m_old;
};

// 2026-03-14 17:30 and 20:30 UTC: 01:30 and 04:30 on the 15th at +08.
const qint64 kAt1730Utc = QDateTime(QDate(2026, 3, 14), QTime(17, 30), Qt::UTC).toMSecsSinceEpoch();
const qint64 kAt2030Utc = QDateTime(QDate(2026, 3, 14), QTime(20, 30), Qt::UTC).toMSecsSinceEpoch();

} // namespace

TEST_CASE("pinLocalTimeZone names the system zone's file when TZ is unset, and leaves a set TZ alone", "[sales][day][tz]")
{
    {
        ZoneScope unset(nullptr);
        const QDateTime before = QDateTime::fromMSecsSinceEpoch(kAt1730Utc);
        pinLocalTimeZone();
        if (QFileInfo::exists(QStringLiteral("/etc/localtime")))
            CHECK(qgetenv("TZ") == ":/etc/localtime");
        else
            CHECK_FALSE(qEnvironmentVariableIsSet("TZ"));
        // The same zone as before: the same local time and offset for the same moment.
        const QDateTime after = QDateTime::fromMSecsSinceEpoch(kAt1730Utc);
        CHECK(after.time() == before.time());
        CHECK(after.offsetFromUtc() == before.offsetFromUtc());
        pinLocalTimeZone();  // again: nothing changes
        if (QFileInfo::exists(QStringLiteral("/etc/localtime")))
            CHECK(qgetenv("TZ") == ":/etc/localtime");
    }
    {
        ZoneScope cst("CST-8");
        pinLocalTimeZone();
        CHECK(qgetenv("TZ") == "CST-8");
        CHECK(QDateTime::fromMSecsSinceEpoch(kAt1730Utc).offsetFromUtc() == 8 * 3600);
    }
}

TEST_CASE("The business-day cut-off in local time at +08 (no DST) and in UTC", "[sales][day][tz]")
{
    SECTION("+08")
    {
        ZoneScope cst("CST-8");
        pinLocalTimeZone();
        const QDateTime early = QDateTime::fromMSecsSinceEpoch(kAt1730Utc);  // 01:30 on the 15th
        const QDateTime late = QDateTime::fromMSecsSinceEpoch(kAt2030Utc);   // 04:30 on the 15th
        CHECK(early.time() == QTime(1, 30));
        CHECK(businessDayOf(early, 4) == QDate(2026, 3, 14));
        CHECK(businessDayOf(late, 4) == QDate(2026, 3, 15));

        SalesFixture f;
        f.clock().set(early);
        f.openShift();
        const Product a = f.product(QStringLiteral("A1"), 1000);
        const SaleResult r1 = f.pay(f.cart({{a, 1000}}), {cash(1000)});
        f.clock().set(late);
        const SaleResult r2 = f.pay(f.cart({{a, 1000}}), {cash(1000)});
        CHECK(f.db().queryText("SELECT business_day FROM sales WHERE id = ?", r1.saleId).value_or(QString()) == u"2026-03-14");
        CHECK(f.db().queryText("SELECT created_at FROM sales WHERE id = ?", r1.saleId).value_or(QString())
              == u"2026-03-15T01:30:00+08:00");
        CHECK(f.db().queryText("SELECT business_day FROM sales WHERE id = ?", r2.saleId).value_or(QString()) == u"2026-03-15");
        CHECK(f.scalar("SELECT n FROM sum_daily WHERE business_day = '2026-03-14' AND kind = 'h' AND key = 1") == 1);
    }
    SECTION("UTC")
    {
        ZoneScope utc("UTC0");
        pinLocalTimeZone();
        const QDateTime early = QDateTime::fromMSecsSinceEpoch(kAt1730Utc);  // 17:30 on the 14th
        const QDateTime late = QDateTime::fromMSecsSinceEpoch(kAt2030Utc);
        CHECK(early.offsetFromUtc() == 0);
        CHECK(businessDayOf(early, 4) == QDate(2026, 3, 14));
        CHECK(businessDayOf(late, 4) == QDate(2026, 3, 14));
        CHECK(businessDayOf(QDateTime::fromMSecsSinceEpoch(kAt2030Utc + 8 * 3600 * 1000), 4) == QDate(2026, 3, 15));  // 04:30 on the 15th

        SalesFixture f;
        f.clock().set(early);
        f.openShift();
        const Product a = f.product(QStringLiteral("A1"), 1000);
        const SaleResult r = f.pay(f.cart({{a, 1000}}), {cash(1000)});
        CHECK(f.db().queryText("SELECT business_day FROM sales WHERE id = ?", r.saleId).value_or(QString()) == u"2026-03-14");
        CHECK(f.scalar("SELECT n FROM sum_daily WHERE business_day = '2026-03-14' AND kind = 'h' AND key = 17") == 1);
    }
}
