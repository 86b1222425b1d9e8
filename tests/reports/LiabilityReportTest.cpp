#include "ReportsDataSet.h"

#include "members/WalletService.h"
#include "reports/LiabilityReport.h"
#include "reports/ReportRules.h"

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

TEST_CASE("Liability now agrees with the wallet service and values points at the redemption rate", "[reports]")
{
    TempStore ts;
    ReportsDataSet data(ts);
    Database reader = ts.store().openReader().value();
    auto rules = loyaltyRulesForReports(reader, ts.clock());
    REQUIRE(rules.ok());
    CHECK(rules->points.redeemPointsPerYuan == 100);
    LiabilityReport report(reader, ts.clock(), rules->points.redeemPointsPerYuan);

    auto now = report.current();
    REQUIRE(now.ok());
    CHECK(now->principalMinor == 10000 + 50000);
    CHECK(now->bonusMinor == 1000 + 10000);
    // M1: 14 + 3; M2: 24 + 500 top-up bonus.
    CHECK(now->points == 541);
    CHECK(now->pointsValueMinor == 541);
    CHECK(now->totalMinor() == 60000 + 11000 + 541);

    auto wallet = data.members.wallet().liability();
    REQUIRE(wallet.ok());
    CHECK(wallet->principalMinor == now->principalMinor);
    CHECK(wallet->bonusMinor == now->bonusMinor);

    // A dearer rate: 200 points = ￥1, so 541 points are worth 2.705 → 2.71.
    LiabilityReport dear(reader, ts.clock(), 200);
    CHECK(dear.current()->pointsValueMinor == 271);
}

TEST_CASE("Liability at month ends is rebuilt from the ledgers' entry times", "[reports]")
{
    TempStore ts;
    ReportsDataSet data(ts);
    Database reader = ts.store().openReader().value();
    LiabilityReport report(reader, ts.clock(), 100);

    auto months = report.monthEnds(QDate(2026, 2, 1), QDate(2026, 4, 15));
    REQUIRE(months.ok());
    REQUIRE(months->size() == 3);
    CHECK(months->at(0).asOf == QDate(2026, 2, 28));
    CHECK(months->at(0).storedValueMinor() == 0);
    CHECK(months->at(0).points == 0);
    CHECK(months->at(1).asOf == QDate(2026, 3, 31));
    CHECK(months->at(1).principalMinor == 10000);
    CHECK(months->at(1).bonusMinor == 1000);
    CHECK(months->at(1).points == 38);
    CHECK(months->at(1).pointsValueMinor == 38);
    CHECK(months->at(2).asOf == QDate(2026, 4, 2));  // the current month ends today
    CHECK(months->at(2).principalMinor == 60000);
    CHECK(months->at(2).bonusMinor == 11000);
    CHECK(months->at(2).points == 541);

    auto reversed = report.monthEnds(QDate(2026, 4, 1), QDate(2026, 3, 1));
    REQUIRE_FALSE(reversed.ok());
    CHECK(reversed.code() == ErrorCode::InvalidInput);
    CHECK_FALSE(report.monthEnds(QDate(2000, 1, 1), QDate(2026, 1, 1)).ok());
}
