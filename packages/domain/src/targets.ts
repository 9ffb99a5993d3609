/** Planning targets of the district and city plans, in one place. */
export const TARGETS = {
  /** Complete 15-minute circles in Yubei by December 2025. */
  completeCircles: 151,
  /** Share of care facilities signed with a medical institution (医养结合签约率). */
  signingShare: 1.0,
  /** Share of 养老护理员 holding a certificate by 2027. */
  certifiedCareWorkerShare: 0.6,
  /** Social workers per 1,000 older residents by 2027. */
  socialWorkersPer1000Older: 1,
  /** Days before its end an agreement counts as expiring. */
  agreementExpiringDays: 60,
} as const;
