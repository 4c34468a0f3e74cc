// api.js talks to the newsgraph GraphQL API on the same server.

// gql posts a query to /graphql and returns its data, or throws with the
// GraphQL error messages.
export async function gql(query, variables = {}) {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body = null;
  try {
    body = await res.json();
  } catch {
    throw new Error(`GraphQL: HTTP ${res.status}`);
  }
  if (body.errors && body.errors.length) {
    throw new Error(body.errors.map((e) => e.message).join('; '));
  }
  return body.data;
}

// The filters of the events query, as GraphQL variable definitions and
// arguments. `participant` is left out where a query sets it itself.
export const filterVars = '$with: String, $type: EventType, $status: EventStatus, $place: String, $from: Date, $to: Date';
export const filterArgs = 'with: $with, type: $type, status: $status, place: $place, from: $from, to: $to';

export const eventFields = `
  id type status date dateText
  place { id name kind latitude longitude }
  participants { id name }
  sources { sentence start end article { id url title outlet published } }
`;

export const graphQuery = `query Graph($participant: String, ${filterVars}) {
  events(participant: $participant, ${filterArgs}, first: 100000) {
    totalCount
    edges { node {
      id type status date dateText
      place { id name kind latitude longitude }
      participants { id name aliases }
    } }
  }
}`;

export const personQuery = `query Person($name: String!, ${filterVars}) {
  person(name: $name) {
    id name aliases
    country { name }
    roles { title article { id url title outlet published } }
    events(${filterArgs}, first: 100000) { edges { node { ${eventFields} } } }
  }
}`;

export const betweenQuery = `query Between($participant: String!, ${filterVars}) {
  events(participant: $participant, ${filterArgs}, first: 100000) {
    edges { node { ${eventFields} } }
  }
}`;

export const placeQuery = `query AtPlace(${filterVars}) {
  events(${filterArgs}, first: 100000) { edges { node { ${eventFields} } } }
}`;

export const eventQuery = `query Event($id: ID!) { event(id: $id) { ${eventFields} } }`;

export const searchQuery = `query Search($search: String!) {
  people(search: $search, first: 10) { edges { node { id name aliases } } }
}`;

export const enumsQuery = `{
  types: __type(name: "EventType") { enumValues { name } }
  statuses: __type(name: "EventStatus") { enumValues { name } }
}`;

export const connectionsQuery = `query Connections($from: String!, $to: String!, $after: Date, $before: Date) {
  connections(from: $from, to: $to, maxHops: 4, after: $after, before: $before) {
    hops { from { id name } to { id name } events { id type status date place { name } } }
  }
}`;
