"""RMC outreach, referrals to partners and the newcomer marker in a case (issue 13)."""
