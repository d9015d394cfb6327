define([], function () {
  return {
    Loading: "Loading…",
    ErrorTitle: "Something went wrong",
    Retry: "Try again",
    SetupNeededTitle: "Setup needed",
    SetupNeededBody: "CoP Hub's lists are missing or out of date on this site. A site owner can fix this with \"Set up or repair lists\" in the CoP admin console.",
    SetupMissingLists: "Missing lists:",
    SetupMissingFields: "Missing columns:",
    AccessDenied: "You don't have permission to do that. If you think you should, contact the POD team.",
    Throttled: "SharePoint is busy right now. Wait a moment and try again.",
    ServerError: "SharePoint couldn't answer just now. Try again in a moment; if it keeps happening, tell the POD team.",
    NetworkError: "We couldn't reach SharePoint. Check your connection and try again.",
    StaleEdit: "Someone else changed this since you opened it. Reload to see their change, then try again.",
    Reload: "Reload",
    NotFound: "This item no longer exists. It may have been deleted.",
    ProblemRequired: "{0} is required.",
    ProblemTooLong: "{0} must be {1} characters or fewer (it has {2}).",
    ProblemNotAChoice: "Choose one of the options for {0}.",
    ProblemNotHttpUrl: "{0} must be a web address starting with http:// or https://.",
    ProblemNotADate: "{0} must be a date.",
    ProblemEndBeforeStart: "{0} can't be before the start.",
    ProblemInvalidRecurrence: "{0} isn't a repeat pattern we understand ({1}).",
    ProblemTooMany: "{0} can have at most {1} entries (it has {2})."
  };
});
