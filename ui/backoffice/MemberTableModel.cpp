#include "backoffice/MemberTableModel.h"

#include "backoffice/ProductTableModel.h"
#include "sales/receipt/ReceiptDocument.h"

namespace patron::ui {

void MemberTableModel::setMembers(QList<Member> members, QHash<QString, QString> tierNames)
{
    beginResetModel();
    m_members = std::move(members);
    m_tierNames = std::move(tierNames);
    endResetModel();
}

int MemberTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant MemberTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size())
        return {};
    const Member& m = m_members.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Points || index.column() == Wallet))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CardNo: return m.cardNo;
    case Name: return m.isErased() ? tr("(erased)") : m.name;
    // The list is on a screen customers may see: the full number is in the member's details.
    case Mobile: return maskMobile(m.mobile);
    case Tier: return m_tierNames.value(m.tierCode, m.tierCode);
    case Points: return QString::number(m.pointsBalance);
    case Wallet: return ProductTableModel::formatMinor(m.walletBalanceMinor());
    case LastVisit: return m.lastVisitAt.isValid() ? m.lastVisitAt.date().toString(Qt::ISODate) : tr("never");
    case Tags: return m.tags.join(QStringLiteral(", "));
    default: return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CardNo: return tr("Card");
    case Name: return tr("Name");
    case Mobile: return tr("Mobile");
    case Tier: return tr("Tier");
    case Points: return tr("Points");
    case Wallet: return tr("Stored value");
    case LastVisit: return tr("Last visit");
    case Tags: return tr("Tags");
    default: return {};
    }
}

} // namespace patron::ui
