#pragma once
// Roles and named permissions. The defaults below seed the role_permissions table; a manager
// may change the matrix later, and checks always read the table.

#include <QSet>
#include <QString>
#include <QStringList>

namespace patron {

namespace perm {
inline const QString SaleCreate = QStringLiteral("sale.create");
inline const QString SaleVoid = QStringLiteral("sale.void");
inline const QString PriceOverride = QStringLiteral("price.override");
inline const QString DiscountOverride = QStringLiteral("discount.override");
inline const QString Refund = QStringLiteral("refund");
inline const QString RefundNoReceipt = QStringLiteral("refund.noreceipt");
inline const QString DrawerNoSale = QStringLiteral("drawer.nosale");
inline const QString ShiftManage = QStringLiteral("shift.manage");
inline const QString MemberEdit = QStringLiteral("member.edit");
inline const QString MemberErase = QStringLiteral("member.erase");
inline const QString PointsAdjust = QStringLiteral("points.adjust");
inline const QString WalletAdjust = QStringLiteral("wallet.adjust");
inline const QString CatalogEdit = QStringLiteral("catalog.edit");
inline const QString RulesEdit = QStringLiteral("rules.edit");
inline const QString ReportsView = QStringLiteral("reports.view");
inline const QString BackupRun = QStringLiteral("backup.run");
inline const QString SettingsEdit = QStringLiteral("settings.edit");
inline const QString UsersManage = QStringLiteral("users.manage");
inline const QString AuditView = QStringLiteral("audit.view");
} // namespace perm

enum class Role { Cashier, Supervisor, Manager, Admin };

QString roleName(Role role);                          // "cashier", …
bool parseRole(const QString& name, Role* role);
QString roleDisplayName(const QString& role);         // translated
QStringList allPermissions();
QSet<QString> defaultPermissions(Role role);          // each role includes the ones below it
QString permissionDisplayName(const QString& permission);  // translated

} // namespace patron
