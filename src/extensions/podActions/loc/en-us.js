define([], function () {
  return {
    ApproveRequests: 'Approve',
    DeclineRequests: 'Decline',
    AcceptSuggestion: 'Accept suggestion',
    DeclineSuggestion: 'Decline suggestion',
    LaunchCommunity: 'Launch community',
  };
});
