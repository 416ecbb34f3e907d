"""The demo region: a synthetic Zuid-Holland Zuid with plainly fictitious people."""

from lvs_desktop.services.demo.build import (
    DEMO_OWNER,
    SIZES,
    DemoSize,
    build_demo,
    create_demo_vault,
)

__all__ = ["DEMO_OWNER", "SIZES", "DemoSize", "build_demo", "create_demo_vault"]
