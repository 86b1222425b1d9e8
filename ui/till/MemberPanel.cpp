#include "till/MemberPanel.h"

#include "till/TillFormat.h"

#include <QLabel>
#include <QVBoxLayout>

namespace patron::ui {

MemberPanel::MemberPanel(QWidget* parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("memberTitle"));
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_title->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("memberDetails"));
    m_details->setWordWrap(true);
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("memberNextTier"));
    m_next->setProperty("role", QStringLiteral("hint"));
    m_next->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_next);
    setMember(std::nullopt);
}

void MemberPanel::setMember(const std::optional<MemberSummary>& m)
{
    if (!m) {
        m_title->setText(tr("No member (F2)"));
        m_details->clear();
        m_next->clear();
        return;
    }
    m_title->setText(QStringLiteral("%1  %2  %3").arg(m->name, m->maskedMobile, m->tier));
    m_details->setText(tr("Points %1 · Stored value %2 · Coupons %3")
                           .arg(m->points)
                           .arg(yuan(m->walletMinor))
                           .arg(m->coupons));
    m_next->setText(m->nextTier);
}

} // namespace patron::ui
