/** The helpdesk's number as a link phones can call, with its hours; nothing when unset. */
export function PhoneLine({ number, hours }: { number: string; hours: string }) {
  if (number === '') return null;
  return (
    <p>
      Par téléphone : <a href={`tel:${number.replace(/[ .]/g, '')}`}>{number}</a>
      {hours && `, ${hours}`}.
    </p>
  );
}
