// The CloudTrail console's URLs (route paths; the hash router prefixes them with #).
export const cloudTrailPaths = {
  eventHistory: () => '/cloudtrail/events',
  event: (eventId: string) => `/cloudtrail/events/${encodeURIComponent(eventId)}`,
};
