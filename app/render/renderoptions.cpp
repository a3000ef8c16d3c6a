#include "renderoptions.h"

namespace nianbao {

QSizeF PageGeometry::textAreaMm() const
{
    const QSizeF paper = pageSize.size(QPageSize::Millimeter);
    return {paper.width() - marginsMm.left() - marginsMm.right(), paper.height() - marginsMm.top() - marginsMm.bottom()};
}

QSizeF PageGeometry::textAreaPx() const
{
    const QSizeF area = textAreaMm();
    return {mmToPx(area.width()), mmToPx(area.height())};
}

} // namespace nianbao
