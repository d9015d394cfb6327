define([], function() {
  return {
    "ApproveRequests": "Approve",
    "DeclineRequests": "Decline",
    "AcceptSuggestion": "Accept suggestion",
    "LaunchCommunity": "Launch community"
  }
});
