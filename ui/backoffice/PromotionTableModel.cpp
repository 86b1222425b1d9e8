#include "backoffice/PromotionTableModel.h"

#include "backoffice/ProductTableModel.h"

namespace patron::ui {

void PromotionTableModel::setPromotions(QList<Promotion> promotions, QHash<QString, QString> targets, QDateTime now)
{
    beginResetModel();
    m_promotions = std::move(promotions);
    m_targets = std::move(targets);
    m_now = std::move(now);
    endResetModel();
}

PromotionTableModel::PromotionState PromotionTableModel::stateAt(const Promotion& p, const QDateTime& now)
{
    if (!p.active || (p.endsAt.isValid() && p.endsAt <= now))
        return PromotionState::Ended;
    if (p.startsAt.isValid() && p.startsAt > now)
        return PromotionState::Scheduled;
    return PromotionState::Running;
}

QString PromotionTableModel::stateText(PromotionState state)
{
    switch (state) {
    case PromotionState::Running: return tr("Running");
    case PromotionState::Scheduled: return tr("Scheduled");
    case PromotionState::Ended: return tr("Ended");
    }
    return QString();
}

QString PromotionTableModel::offerText(const Promotion& p)
{
    switch (p.kind) {
    case PromotionKind::Percent:
        // Basis points as a percentage with up to two decimals, without floating point.
        return tr("%1% off").arg(p.percentBp % 100 ? ProductTableModel::formatMinor(p.percentBp) : QString::number(p.percentBp / 100));
    case PromotionKind::Amount: return tr("%1 off each").arg(ProductTableModel::formatMinor(p.amountMinor));
    case PromotionKind::Multibuy: return tr("%1 for %2").arg(p.buyQty).arg(ProductTableModel::formatMinor(p.bundlePriceMinor));
    case PromotionKind::BuyXGetY: return tr("buy %1 get %2 free").arg(p.buyQty).arg(p.getQty);
    }
    return QString();
}

int PromotionTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_promotions.size()); }

int PromotionTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PromotionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_promotions.size() || role != Qt::DisplayRole)
        return {};
    const Promotion& p = m_promotions.at(index.row());
    auto when = [](const QDateTime& t) { return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString(); };
    switch (index.column()) {
    case Id: return QString::number(p.id);
    case Name: return p.name;
    case Offer: {
        QString text = offerText(p);
        if (p.memberOnly)
            text = tr("%1 (members)").arg(text);
        return text;
    }
    case Target:
        return p.scope == PromotionScope::Product ? m_targets.value(QStringLiteral("p%1").arg(p.targetId))
                                                  : tr("category %1").arg(m_targets.value(QStringLiteral("c%1").arg(p.targetId)));
    case From: return when(p.startsAt);
    case To: return when(p.endsAt);
    case State: return stateText(stateAt(p, m_now));
    }
    return {};
}

QVariant PromotionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("No.");
    case Name: return tr("Name");
    case Offer: return tr("Offer");
    case Target: return tr("On");
    case From: return tr("From");
    case To: return tr("To");
    case State: return tr("State");
    }
    return {};
}

} // namespace patron::ui
