#pragma once
// MemberTableModel: one page of members as table rows for the back office (card, name, masked
// mobile, tier, points, stored value, last visit, tags). It holds only what a search or filter
// returned, capped by the page, so a store with a million members is never loaded whole.

#include "members/Member.h"

#include <QAbstractTableModel>
#include <QHash>

namespace patron::ui {

class MemberTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CardNo, Name, Mobile, Tier, Points, Wallet, LastVisit, Tags, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // tierNames: tier code -> the name the rules give it.
    void setMembers(QList<Member> members, QHash<QString, QString> tierNames);
    const Member& member(int row) const { return m_members.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Member> m_members;
    QHash<QString, QString> m_tierNames;
};

} // namespace patron::ui
