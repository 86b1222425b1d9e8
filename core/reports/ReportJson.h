#pragma once
// JSON forms of the sales reports, for patron-cli and exports: money as *_minor integers,
// quantities as *_milli, shares as *_bp, so nothing is lost to floating point.

#include "reports/ProductRanking.h"
#include "reports/SalesReports.h"

#include <QJsonArray>

namespace patron {

QJsonArray reportJson(const QList<PeriodSales>& rows);
QJsonArray reportJson(const QList<HourSales>& rows);
QJsonArray reportJson(const QList<CategorySales>& rows);
QJsonArray reportJson(const QList<CashierSales>& rows);
QJsonArray reportJson(const QList<TenderSales>& rows);
QJsonArray reportJson(const QList<ProductSales>& rows);
QJsonObject reportJson(const SalesComparison& comparison);

} // namespace patron
