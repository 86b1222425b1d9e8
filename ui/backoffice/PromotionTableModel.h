#pragma once
// PromotionTableModel: promotions as table rows (number, name, what it gives, on what, from, to,
// state) with each one's state at a moment: running, scheduled (starts later) or ended.

#include "sales/Promotion.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace patron::ui {

class PromotionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Name, Offer, Target, From, To, State, ColumnCount };
    enum class PromotionState { Running, Scheduled, Ended };

    using QAbstractTableModel::QAbstractTableModel;

    // `targets`: product and category names by "p<id>" / "c<id>".
    void setPromotions(QList<Promotion> promotions, QHash<QString, QString> targets, QDateTime now);
    const Promotion& promotion(int row) const { return m_promotions.at(row); }

    static PromotionState stateAt(const Promotion& p, const QDateTime& now);
    static QString stateText(PromotionState state);
    // "20% off", "3 for 10.00", "buy 2 get 1 free", "1.50 off each".
    static QString offerText(const Promotion& p);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Promotion> m_promotions;
    QHash<QString, QString> m_targets;
    QDateTime m_now;
};

} // namespace patron::ui
